// Public module of the unlock and recovery screens.
export { UnlockScreen } from './UnlockScreen';
export { RecoverScreen } from './RecoverScreen';
export { unlockMessages } from './messages';
