import { IdleLockSettings } from '../session/IdleLockSettings';
import { RetentionSettings } from './RetentionSettings';
import { AuditChainSection } from '../audit/AuditChainSection';
import { SyncSettings } from './SyncSettings';

export function SettingsPage() {
  return (
    <div className="stack">
      <h1>Settings</h1>
      <SyncSettings />
      <AuditChainSection />
      <RetentionSettings />
      <IdleLockSettings />
    </div>
  );
}
