// Public module of 書き出し・取り込み: CSV exports and the roster import (the screen: lazy.ts).
export { exchangeMessages } from './messages';
