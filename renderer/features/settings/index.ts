// Public module of settings: the screen and the per-vault settings other features read.
export { SettingsPage } from './SettingsPage';
export { readDistricts, readIdleMinutes, readSetting, readStallDays, unreadableSettings, writeSetting } from './vaultSettings';
export { settingsMessages } from './messages';
