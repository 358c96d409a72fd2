import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { SourceEntity } from '../sources/source.entity';

export interface OnetTask {
  task: string;
  core: boolean;
}
export interface OnetSpecialty {
  onetSocCode: string;
  title: string;
  description: string | null;
}
export interface OnetRelated {
  socCode: string;
  title: string;
  tier: string;
}
export interface OnetSkill {
  name: string;
  importance: number;
}
export interface OnetEducationShare {
  category: number;
  label: string;
  percent: number;
}

/** The parts of an O*NET profile, one per O*NET database file. */
export const ONET_FACETS = [
  'occupations',
  'tasks',
  'related',
  'jobZones',
  'alternateTitles',
  'technology',
  'skills',
  'education',
] as const;
export type OnetFacet = (typeof ONET_FACETS)[number];

/**
 * What the O*NET database says of one BLS SOC occupation (its `.00` O*NET-SOC code, with the
 * specialties `.01`… folded in). Each O*NET file fills its own facet; `facetImports` keeps which
 * import last wrote each one, as its provenance.
 */
@Entity('onet_profiles')
export class OnetProfileEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 7, unique: true })
  socCode: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  onetSocCode: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  tasks: OnetTask[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  alternateTitles: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  specialties: OnetSpecialty[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  related: OnetRelated[];

  @Column({ type: 'smallint', nullable: true })
  jobZone: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  hotTechnologies: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: OnetSkill[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  education: OnetEducationShare[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  facetImports: Partial<Record<OnetFacet, string>>;

  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;
}
