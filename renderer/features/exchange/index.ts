// Public module of 書き出し・取り込み: CSV exports and the roster import.
export { ExchangePage } from './ExchangePage';
export { exchangeMessages } from './messages';
