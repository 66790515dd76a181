export * from './contract';
export * from './deviceState';
