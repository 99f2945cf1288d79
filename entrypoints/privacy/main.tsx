import { render } from 'preact';
import { PrivacyPage } from '../../components/about/privacy-page';
import '../../components/styles.css';

const root = document.getElementById('app');
if (root) render(<PrivacyPage />, root);
