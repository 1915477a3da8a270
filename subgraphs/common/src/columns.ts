/** TypeORM column groups every record table shares: its provenance and its place. */
import { Column } from 'typeorm';
import type { TerritoryCodes } from './territory.js';

export class ProvenanceColumns {
  @Column('text', { name: 'name' })
  name!: string;

  @Column('text', { name: 'url', nullable: true })
  url!: string | null;

  @Column('text', { name: 'license' })
  license!: string;

  @Column('date', { name: 'retrieved_on' })
  retrievedOn!: string;
}

export class TerritoryColumns implements TerritoryCodes {
  @Column('text', { name: 'region_code', nullable: true })
  regionCode!: string | null;

  @Column('text', { name: 'department_code', nullable: true })
  departmentCode!: string | null;

  @Column('text', { name: 'epci_code', nullable: true })
  epciCode!: string | null;

  @Column('text', { name: 'commune_code', nullable: true })
  communeCode!: string | null;
}

/** SQL column definitions matching the two groups above (embedded with prefixes `source_` and none). */
export const PROVENANCE_COLUMNS_SQL = `
  source_name text NOT NULL,
  source_url text,
  source_license text NOT NULL,
  source_retrieved_on date NOT NULL`;

export const TERRITORY_COLUMNS_SQL = `
  region_code text,
  department_code text,
  epci_code text,
  commune_code text`;
