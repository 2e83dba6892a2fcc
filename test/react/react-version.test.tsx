import { version } from 'react';
import { version as domVersion } from 'react-dom';

declare const __EXPECTED_REACT_MAJOR__: number;

describe('the React under test', () => {
  it('is the major version this project targets, with a matching react-dom', () => {
    expect(version.split('.')[0]).toBe(String(__EXPECTED_REACT_MAJOR__));
    expect(domVersion).toBe(version);
  });
});
