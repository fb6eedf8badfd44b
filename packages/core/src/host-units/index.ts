export * from './host-units.schema.ts';
export * from './regions.ts';
export { HostUnits, getHostUnitRecord, hostUnitsById, hostUnitForViewer } from './host-units.ts';
export { Projects, getProjectRecord, seatsOf, withSeats } from './projects.ts';
