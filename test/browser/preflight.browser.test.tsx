import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import '../../src/styles/styles.css';
import { HMSPreflight } from 'react-hms-errors';
import { runHMSPreflight } from 'react-hms-errors/core';

// The real browser APIs of a headless Chromium on localhost: no stubs. What its answers are
// depends on the machine (a CI box has no camera), so the test checks what the browser says
// against what preflight made of it.

describe('runHMSPreflight in a real Chromium', () => {
  it('reads the real APIs and turns each answer into the right check', async () => {
    const result = await runHMSPreflight();
    const check = (id: string) => result.checks.find((c) => c.id === id)!;

    expect(window.isSecureContext).toBe(true);
    expect(check('secure-context').status).toBe('pass');
    expect(typeof RTCPeerConnection).toBe('function');
    expect(check('webrtc').status).toBe('pass');

    const kinds = new Set((await navigator.mediaDevices.enumerateDevices()).map((d) => d.kind));
    const devices = check('devices');
    if (kinds.has('audioinput') && kinds.has('videoinput')) expect(devices.status).toBe('pass');
    else expect(devices.finding).toMatchObject({ code: 3002, catalogKey: '3002', isTerminal: false });

    const camera = await navigator.permissions.query({ name: 'camera' as PermissionName }).then(
      (s) => s.state,
      () => 'unknown',
    );
    const permissions = check('permissions');
    if (camera === 'denied') expect(permissions.finding).toMatchObject({ code: 3001 });
    else expect(permissions.finding).toBeNull();

    const autoplay = check('autoplay');
    if (!('getAutoplayPolicy' in navigator)) expect(autoplay.status).toBe('unknown');
    else expect(['pass', 'warn']).toContain(autoplay.status);

    expect(check('connectivity').status).toBe('skipped');
    expect(result.ok).toBe(true);
  });
});

describe('<HMSPreflight> in a real Chromium', () => {
  it('lists the real checks and has no axe violations', async () => {
    render(<HMSPreflight />);
    const region = screen.getByRole('region', { name: 'Before you join' });
    const list = await within(region).findByRole('list', { name: 'Before you join' }, { timeout: 5000 });
    expect(within(list).getByText('Secure page').closest('li')).toHaveAttribute('data-status', 'pass');
    expect(within(region).getByRole('button', { name: 'Check again' })).toBeEnabled();
    const { violations } = await axe.run(region, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});
