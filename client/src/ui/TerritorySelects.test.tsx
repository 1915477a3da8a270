/** @jest-environment jsdom */
import { compareDepartmentCodes } from './TerritorySelects';

describe('territory selects', () => {
  it('sorts département codes as people know them', () => {
    expect(['974', '2B', '10', '2A', '01', '19', '21'].sort(compareDepartmentCodes)).toEqual(['01', '10', '19', '2A', '2B', '21', '974']);
  });
});
