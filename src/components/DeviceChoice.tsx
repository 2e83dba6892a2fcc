import { useEffect, useId, useRef, useState } from 'react';
import type { MediaDevicesLike } from '../core/watch';
import { ActionButton } from './ActionButton';
import type { ResolvedUIConfig } from './config';
import { formatLabel } from './labels';

interface DeviceChoiceProps {
  id: string;
  kind: 'videoinput' | 'audioinput';
  config: ResolvedUIConfig;
  /** Applies the device; the promise settles when the SDK has switched (or failed). */
  onChoose: (deviceId: string) => Promise<unknown>;
  /** Closes the choice with no change; focus goes back to the button that opened it. */
  onCancel: () => void;
}

interface Device {
  deviceId: string;
  label: string;
}

function mediaDevices(): MediaDevicesLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.mediaDevices as MediaDevicesLike | undefined);
}

/**
 * "Use another camera": the cameras (or microphones) the browser lists, as radio buttons in a
 * labelled group, with Switch and Cancel. Arrow keys move between devices, Escape cancels.
 */
export function DeviceChoice({ id, kind, config, onChoose, onCancel }: DeviceChoiceProps) {
  const { cn, labels } = config;
  const name = useId();
  const legendId = useId();
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [chosen, setChosen] = useState('');
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    const source = mediaDevices();
    Promise.resolve()
      .then(() => (source && typeof source.enumerateDevices === 'function' ? source.enumerateDevices() : []))
      .then(
        (list) => (Array.isArray(list) ? list : []).filter((d) => d && d.kind === kind && d.deviceId),
        () => [],
      )
      .then((list) => {
        if (!live) return;
        const unnamed = kind === 'videoinput' ? labels.unnamedCamera : labels.unnamedMicrophone;
        const named = list.map((d, i) => ({
          deviceId: d.deviceId,
          label: d.label || formatLabel(unnamed, { count: i + 1 }, config.locale.tag),
        }));
        setDevices(named);
        setChosen(named[0]?.deviceId ?? '');
      });
    return () => {
      live = false;
    };
  }, [kind]);

  // Focus moves into the choice once it has something to choose from.
  useEffect(() => {
    if (devices && devices.length > 0) first.current?.focus();
  }, [devices]);

  return (
    <div
      id={id}
      className={cn('devices')}
      data-hmse-devices=""
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        // Escape closes the choice, not the whole toast.
        event.preventDefault();
        onCancel();
      }}
    >
      <fieldset aria-labelledby={legendId} aria-busy={devices === null || undefined}>
        <legend id={legendId}>{kind === 'videoinput' ? labels.chooseCamera : labels.chooseMicrophone}</legend>
        {devices?.map((device, index) => (
          <label key={device.deviceId}>
            <input
              ref={index === 0 ? first : undefined}
              type="radio"
              name={name}
              value={device.deviceId}
              checked={chosen === device.deviceId}
              onChange={() => setChosen(device.deviceId)}
            />{' '}
            <span dir="auto">{device.label}</span>
          </label>
        ))}
        {devices && devices.length === 0 ? <p role="status">{labels.noOtherDevice}</p> : null}
      </fieldset>
      <div className={cn('actions')}>
        {devices && devices.length > 0 ? (
          <ActionButton className={cn('action')} onRun={() => (chosen ? onChoose(chosen) : undefined)} unavailable={!chosen}>
            {labels.switchDevice}
          </ActionButton>
        ) : null}
        <button type="button" className={cn('action')} onClick={onCancel}>
          {labels.cancel}
        </button>
      </div>
    </div>
  );
}
