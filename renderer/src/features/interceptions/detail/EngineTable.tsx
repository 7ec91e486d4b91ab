import type { Vessel } from '../../../../../shared/domain/vessel';

export function EngineTable({ engines }: { engines: Vessel['engines'] }) {
  if (engines.length === 0) return <p className="muted">No engine recorded.</p>;
  return (
    <table className="table table--fit">
      <caption className="table__caption">Engines ({engines.length})</caption>
      <thead>
        <tr>
          <th scope="col">Engine</th>
          <th scope="col">Make</th>
          <th scope="col" className="num">
            Horsepower
          </th>
          <th scope="col">Serial number</th>
        </tr>
      </thead>
      <tbody>
        {engines.map((engine, index) => (
          <tr key={index}>
            <th scope="row">{index + 1}</th>
            <td>{engine.make || '—'}</td>
            <td className="num">{engine.horsepower ?? '—'}</td>
            <td>{engine.serialNumber || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
