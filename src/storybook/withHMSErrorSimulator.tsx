import { useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorUI, type HMSErrorStoreOptions, type HMSLocale } from '../index';
import { createFakeHMSActions, createFakeHMSNotifications } from '../testing/index';
import { HMSErrorSimulatorContext, type HMSErrorSimulator } from './context';
import { SimulatorPanel, type HMSErrorSimulatorPosition } from './SimulatorPanel';

/** Options of `withHMSErrorSimulator(options)`, overridden per story by `parameters.hmsErrorSimulator`. */
export interface HMSErrorSimulatorParameters {
  /** Render the story as it is, without fakes or panel. @defaultValue `false` */
  disable?: boolean;
  /** Show the floating panel. @defaultValue `true` */
  panel?: boolean;
  /** Start with the panel expanded. @defaultValue `false` */
  defaultOpen?: boolean;
  /** @defaultValue `'bottom-left'` (toasts default to the right) */
  position?: HMSErrorSimulatorPosition;
  /** Also render `<HMSErrorUI />`, for stories whose screen does not. @defaultValue `false` */
  ui?: boolean;
  /** Options for the decorator's store. */
  storeOptions?: Omit<HMSErrorStoreOptions, 'actions'>;
  /** The kit's language in the story (`react-hms-errors/locales/<tag>`). @defaultValue English */
  locale?: HMSLocale;
}

/** A Storybook decorator; typed structurally so the package needs no Storybook types. */
export type HMSErrorSimulatorDecorator = (
  Story: ComponentType,
  context: { parameters?: Record<string, any> },
) => ReactElement;

function Simulator({ Story, settings }: { Story: ComponentType; settings: HMSErrorSimulatorParameters }) {
  const [simulator] = useState<HMSErrorSimulator>(() => {
    const actions = createFakeHMSActions();
    return {
      notifications: createFakeHMSNotifications(),
      actions,
      store: createHMSErrorStore({ ...settings.storeOptions, actions }),
    };
  });
  useEffect(() => simulator.store.connect(simulator.notifications), [simulator]);
  return (
    <HMSErrorSimulatorContext.Provider value={simulator}>
      <HMSErrorProvider store={simulator.store} actions={simulator.actions} locale={settings.locale}>
        <Story />
        {settings.ui ? <HMSErrorUI /> : null}
      </HMSErrorProvider>
      {settings.panel === false ? null : (
        <SimulatorPanel
          simulator={simulator}
          defaultOpen={settings.defaultOpen ?? false}
          position={settings.position ?? 'bottom-left'}
        />
      )}
    </HMSErrorSimulatorContext.Provider>
  );
}

/**
 * Storybook decorator: wraps each story in an `HMSErrorProvider` whose store listens to fake SDK
 * notifications (and gets fake SDK actions), and floats a small panel in the canvas that sends any
 * catalog code or runs any scenario of `react-hms-errors/testing` through them. A screen with its
 * own provider connects with `useHMSErrors({ notifications: useHMSErrorSimulator()?.notifications })`.
 *
 * @example
 * // .storybook/preview.tsx
 * export default { decorators: [withHMSErrorSimulator()] };
 * // hide the panel for one story
 * export const Plain = { parameters: { hmsErrorSimulator: { panel: false } } };
 */
export function withHMSErrorSimulator(options: HMSErrorSimulatorParameters = {}): HMSErrorSimulatorDecorator {
  return function HMSErrorSimulatorDecorator(Story, context) {
    const settings: HMSErrorSimulatorParameters = { ...options, ...(context?.parameters?.hmsErrorSimulator ?? {}) };
    if (settings.disable) return <Story />;
    return <Simulator Story={Story} settings={settings} />;
  };
}
