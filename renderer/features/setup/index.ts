// Public module of first-run setup.
export { WelcomeScreen } from './WelcomeScreen';
export { SetupWizard } from './SetupWizard';
export { RecoveryKeyShowOnce } from './RecoveryKeyShowOnce';
export { setupMessages } from './messages';
export { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';
