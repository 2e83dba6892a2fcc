import { useState } from 'react';
import { MemoryRouter, Outlet, Route, Routes, useNavigate } from 'react-router';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorUI, useHMSErrors } from '../../src';
import { HMSErrorDevtools } from '../../src/devtools';
import { useHMSErrorSimulator } from '../../src/storybook';
import { CallScreen } from './CallScreen';
import { HomeScreen } from './HomeScreen';
import { useDemoMedia, type DemoMedia } from './useDemoMedia';
import { useRealSDK, type RealSDK } from './useRealSDK';
import './demo.css';

export interface DemoRoomProps {
  /** How long the fake outage of "Reconnect sequence" lasts, in ms. */
  reconnectDelayMs?: number;
  /** How many errors "Storm" reports in one burst. */
  stormSize?: number;
  /** Where the router starts. */
  initialPath?: '/' | '/call';
}

/**
 * The app shell: the kit's UI lives here, above the routes, so it survives navigation; "Go home"
 * goes through the app's router. No `onAction` / `onRetry`: the provider's `actions` recover.
 */
function Shell({ sdk }: { sdk: RealSDK }) {
  const navigate = useNavigate();
  // One subscription to the SDK's notifications for the whole app.
  useHMSErrors({ notifications: sdk.notifications });
  // The app has its own provider: it listens to the Storybook error simulator's fakes too.
  useHMSErrors({ notifications: useHMSErrorSimulator()?.notifications });
  return (
    <>
      <Outlet />
      <HMSErrorUI onNavigateHome={() => navigate('/')} />
      {/* An app leaves out showInProduction; the published Storybook is a production build. */}
      <HMSErrorDevtools position="top-right" showInProduction />
    </>
  );
}

/** A mock video call wired to the kit and to a real `@100mslive/hms-video-store`. */
export function DemoRoom({ reconnectDelayMs = 3000, stormSize = 100, initialPath = '/call' }: DemoRoomProps) {
  const [store] = useState(() => createHMSErrorStore());
  const sdk = useRealSDK();
  const media: DemoMedia = useDemoMedia(sdk);
  return (
    <HMSErrorProvider store={store} actions={media.actions}>
      <MemoryRouter initialEntries={[initialPath]}>
        <Routes>
          <Route element={<Shell sdk={sdk} />}>
            <Route index element={<HomeScreen />} />
            <Route
              path="call"
              element={<CallScreen sdk={sdk} media={media} reconnectDelayMs={reconnectDelayMs} stormSize={stormSize} />}
            />
          </Route>
        </Routes>
      </MemoryRouter>
    </HMSErrorProvider>
  );
}
