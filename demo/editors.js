// The real editors the demo record embeds, loaded from their npm packages by the local demo
// server (scripts/support/demo-server.ts): CKEditor 5 (GPL licence), TinyMCE (self-hosted, GPL,
// in its iframe) and Quill, beside ProseMirror (demo/src/rich-editor.js). Each keeps its own
// document model and undo history, which is what the end-to-end tests read the summary back from.
// `document.body.dataset.editorsReady` is set once all of them are up.
window.demoEditors = {};
const starting = [];

if (window.CKEDITOR) {
  const { ClassicEditor, Essentials, Paragraph } = window.CKEDITOR;
  starting.push(
    ClassicEditor.create(document.getElementById('note-ckeditor'), {
      licenseKey: 'GPL',
      plugins: [Essentials, Paragraph],
      toolbar: ['undo', 'redo'],
      label: 'Contact note (CKEditor 5)',
    }).then((editor) => {
      window.demoEditors.ckeditor5 = editor;
    }),
  );
}

if (window.tinymce) {
  starting.push(
    window.tinymce
      .init({
        target: document.getElementById('note-tinymce'),
        license_key: 'gpl',
        base_url: new URL('npm/tinymce', document.baseURI).href,
        suffix: '.min',
        menubar: false,
        toolbar: 'undo redo',
        statusbar: false,
        promotion: false,
        branding: false,
        height: 220,
        iframe_aria_text: 'Contact note (TinyMCE)',
      })
      .then(([editor]) => {
        window.demoEditors.tinymce = editor;
      }),
  );
}

if (window.Quill) {
  const quill = new window.Quill('#note-quill', { theme: 'snow', modules: { toolbar: false } });
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  quill.root.setAttribute('aria-label', 'Contact note (Quill)');
  window.demoEditors.quill = quill;
}

// The locked editor: its model is a list of lines. It takes no text from scripts: a paste or a
// beforeinput is cancelled, and whatever reaches its DOM otherwise is drawn over from the model on
// the next frame.
const locked = document.getElementById('note-locked');
if (locked) {
  const model = ['Seen at home.'];
  const render = () => {
    locked.replaceChildren(
      ...model.map((line) => {
        const paragraph = document.createElement('p');
        if (line) paragraph.textContent = line;
        else paragraph.append(document.createElement('br'));
        return paragraph;
      }),
    );
  };
  render();
  locked.addEventListener('paste', (event) => event.preventDefault());
  locked.addEventListener('beforeinput', (event) => event.preventDefault());
  locked.addEventListener('input', () => requestAnimationFrame(render));
  window.demoEditors.locked = { text: () => model.join('\n') };
}

Promise.all(starting).then(
  () => {
    document.body.dataset.editorsReady = 'true';
  },
  (error) => {
    document.body.dataset.editorsReady = 'failed';
    console.error(error);
  },
);
