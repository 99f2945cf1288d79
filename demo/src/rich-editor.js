// The demo record's rich-text editor: ProseMirror, the engine under Tiptap and many web editors.
// It keeps its own document model and undo history and learns about typing by watching the DOM,
// so the end-to-end tests can check that an inserted summary reaches the MODEL, not just the page.
// Bundled into demo/vendor/rich-editor.js by scripts/build-demo.ts (not committed).
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, undo, redo } from 'prosemirror-history';

const mount = document.getElementById('note-editor');
if (mount) {
  const view = new EditorView(mount, {
    state: EditorState.create({ schema, plugins: [history()] }),
    attributes: {
      id: 'note-editor-field',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': 'editor-label',
      spellcheck: 'false',
    },
    // Ctrl+Z / Ctrl+Y go to the editor's own history, as in any ProseMirror-based editor.
    handleKeyDown(editorView, event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) return undo(editorView.state, editorView.dispatch);
      if (key === 'y' || (key === 'z' && event.shiftKey)) return redo(editorView.state, editorView.dispatch);
      return false;
    },
  });
  // Read by the tests (tests/e2e/pages/demo-record.ts): the editor's model, one line per block.
  window.recordEditor = {
    text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
    blocks: () => view.state.doc.childCount,
  };
  mount.dataset.ready = 'true';
}
