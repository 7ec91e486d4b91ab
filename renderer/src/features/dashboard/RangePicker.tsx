import { PRESETS } from './ranges';
import { useDashboardStore } from './dashboard-store';
import { CustomRangeForm } from './CustomRangeForm';

/** Radio buttons: arrow keys move between periods and each choice loads at once. */
export function RangePicker() {
  const { kind, choosePreset, startCustom } = useDashboardStore();
  return (
    <div className="range-picker">
      <fieldset className="segmented">
        <legend className="segmented__legend">Period</legend>
        {PRESETS.map((preset) => (
          <label key={preset.kind} className="segmented__option">
            <input type="radio" name="period" value={preset.kind} checked={kind === preset.kind} onChange={() => void choosePreset(preset.kind)} />
            <span>{preset.label}</span>
          </label>
        ))}
        <label className="segmented__option">
          <input type="radio" name="period" value="custom" checked={kind === 'custom'} onChange={startCustom} />
          <span>Custom dates</span>
        </label>
      </fieldset>
      {kind === 'custom' && <CustomRangeForm />}
    </div>
  );
}
