import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, HMSErrorProvider, HMSPreflight, useHMSPreflight } from 'react-hms-errors';

// jsdom has none of the APIs preflight reads (isSecureContext, RTCPeerConnection,
// navigator.mediaDevices / permissions / getAutoplayPolicy): `environment` stands in for `window`.
function browser({ camera = 'granted', devices = ['audioinput', 'videoinput'] } = {}) {
  return {
    isSecureContext: true,
    RTCPeerConnection: class {},
    navigator: {
      mediaDevices: { enumerateDevices: async () => devices.map((kind) => ({ kind })) },
      permissions: {
        query: async ({ name }: { name: string }) => ({ state: name === 'camera' ? camera : 'granted' }),
      },
      getAutoplayPolicy: () => 'allowed',
    },
  };
}

const checklist = () => screen.getByRole('list', { name: 'Before you join' });

describe('given <HMSPreflight> on a pre-join screen', () => {
  describe('in a healthy browser', () => {
    it('says checking, then that everything is ready, with each check marked ready', async () => {
      render(<HMSPreflight environment={browser()} />);
      expect(screen.getByRole('region', { name: 'Before you join' })).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('Checking your browser and devices…');
      expect(await screen.findByText('Everything is ready for the call.')).toBeInTheDocument();
      const items = within(checklist()).getAllByRole('listitem');
      expect(items.map((li) => li.textContent)).toEqual([
        'Secure page: Ready',
        'Browser support for calls: Ready',
        'Camera and microphone: Ready',
        'Camera and microphone access: Ready',
        'Sound from the call: Ready',
      ]);
    });
  });

  describe('with the camera blocked', () => {
    it("shows the catalog's copy for 3001 on the access check", async () => {
      const onComplete = vi.fn();
      render(<HMSPreflight environment={browser({ camera: 'denied' })} onComplete={onComplete} />);
      expect(await screen.findByText('Found 1 thing(s) to look at before you join.')).toBeInTheDocument();
      const access = within(checklist()).getByText('Camera and microphone access').closest('li')!;
      expect(access).toHaveAttribute('data-status', 'warn');
      expect(access).toHaveAttribute('data-code', '3001');
      expect(access).toHaveTextContent('Needs attention');
      expect(access).toHaveTextContent("Can't use your camera");
      expect(access).toHaveTextContent("Allow it in your browser's site settings");
      await vi.waitFor(() => expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ status: 'warn', ok: true })));
    });

    it('checks again on "Check again" and shows the new result', async () => {
      const environment = browser({ camera: 'denied' });
      render(<HMSPreflight environment={environment} />);
      await screen.findByText('Found 1 thing(s) to look at before you join.');
      environment.navigator.permissions.query = async () => ({ state: 'granted' });
      await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
      expect(await screen.findByText('Everything is ready for the call.')).toBeInTheDocument();
    });
  });

  it('takes its own words through labels and copy overrides', async () => {
    render(
      <HMSPreflight
        environment={browser({ devices: ['audioinput'] })}
        labels={{ heading: 'Avant de rejoindre', statuses: { warn: 'À vérifier' } }}
        copy={{ '3002': { title: 'Caméra introuvable' } }}
      />,
    );
    const list = await screen.findByRole('list', { name: 'Avant de rejoindre' });
    await within(list).findByText('Caméra introuvable');
    expect(within(list).getByText('À vérifier')).toBeInTheDocument();
  });

  describe('with report under StrictMode', () => {
    it('reports each finding once into the provider\'s store', async () => {
      const store = createHMSErrorStore();
      render(
        <StrictMode>
          <HMSErrorProvider store={store}>
            <HMSPreflight environment={browser({ devices: ['audioinput'] })} report />
          </HMSErrorProvider>
        </StrictMode>,
      );
      await screen.findByText('Found 1 thing(s) to look at before you join.');
      expect(store.getState().history).toHaveLength(1);
      expect(store.getState().toasts.map((t) => [t.code, t.trackType])).toEqual([[3002, 'video']]);
    });
  });
});

describe('useHMSPreflight', () => {
  it('does not run on its own with auto: false, and runs on run()', async () => {
    let api!: ReturnType<typeof useHMSPreflight>;
    function Probe() {
      api = useHMSPreflight({ auto: false, environment: browser() });
      return <p>{api.state}</p>;
    }
    render(<Probe />);
    expect(screen.getByText('idle')).toBeInTheDocument();
    await act(async () => {
      await api.run();
    });
    expect(screen.getByText('done')).toBeInTheDocument();
    expect(api.result?.status).toBe('pass');
  });
});
