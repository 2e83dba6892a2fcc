import { HMSErrorDialog, type HMSErrorDialogProps } from './HMSErrorDialog';
import { HMSErrorToasts, type HMSErrorToastsProps } from './HMSErrorToasts';

export interface HMSErrorUIProps extends HMSErrorDialogProps, HMSErrorToastsProps {}

/**
 * The whole error UI in one line: the blocking dialog for terminal errors and the toasts for the
 * rest, sharing one configuration.
 *
 * @example
 * <HMSErrorProvider>
 *   <Room />
 *   <HMSErrorUI onNavigateHome={() => navigate('/')} colorScheme="system" />
 * </HMSErrorProvider>
 */
export function HMSErrorUI(props: HMSErrorUIProps) {
  return (
    <>
      <HMSErrorDialog {...props} />
      <HMSErrorToasts {...props} />
    </>
  );
}
