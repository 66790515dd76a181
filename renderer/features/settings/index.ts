// Public module of settings: the per-vault settings other features read (the screen: lazy.ts).
export {
  readContactIntervals,
  readDistricts,
  readIdleMinutes,
  readSetting,
  readStallDays,
  unreadableSettings,
  writeSetting,
} from './vaultSettings';
export { settingsMessages } from './messages';
