import { expect, waitFor } from 'storybook/test';

/** Visible once its entry animation has started (the kit fades dialogs and toasts in from opacity 0). */
export const expectVisible = (element: Element) => waitFor(() => expect(element).toBeVisible());
