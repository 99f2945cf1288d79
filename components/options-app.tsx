// Kept so existing imports keep working; the options page lives in components/options/.
export { OptionsPage as OptionsApp } from './options/options-page';
