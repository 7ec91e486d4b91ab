import { describe, expect, it } from 'vitest';
import { defaultUserDataDir } from '../../../electron/core/db/paths';

describe('default data folder (same as Electron userData for "Field Recorder")', () => {
  it('follows each platform’s convention', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/home/o/.config' }, 'linux')).toBe('/home/o/.config/Field Recorder');
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\o\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming.Field Recorder$/);
    expect(defaultUserDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Field Recorder$/);
  });
  it('can be overridden for tests and demos', () => {
    expect(defaultUserDataDir({ FIELD_RECORDER_DATA_DIR: '/tmp/x' }, 'linux')).toBe('/tmp/x');
  });
});
