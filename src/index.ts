'use client';
export * from './core/index';
export { HMSErrorProvider } from './react/HMSErrorProvider';
export type { HMSErrorProviderProps } from './react/HMSErrorProvider';
export { useHMSErrors } from './react/useHMSErrors';
export type { UseHMSErrorsOptions, UseHMSErrorsResult } from './react/useHMSErrors';
export { useHMSErrorState } from './react/useHMSErrorState';
export { useHMSErrorStoreApi } from './react/context';
