import type { Params, Row } from '../../src/db/database';

/**
 * A few nodes and relationships as the statements return them (plain values: the recording
 * driver hands them back as the driver would hand back stored properties).
 */
export const NODES: Readonly<Record<string, Row>> = {
  huawei: { id: 'huawei', name: 'Huawei', labels: ['Node', 'Entity'], kind: 'COMPANY', country: 'CN' },
  hisilicon: { id: 'hisilicon', name: 'HiSilicon', labels: ['Node', 'Entity'], kind: 'COMPANY', country: 'CN' },
  'nvidia-h100': { id: 'nvidia-h100', name: 'Nvidia H100', labels: ['Node', 'Chip'], vendor: 'Nvidia' },
  'src-ft': { id: 'src-ft', name: 'FT', labels: ['Node', 'Source'], publisher: 'Financial Times', title: 'FT' },
};

export const OWNS: Row = {
  r: { id: 'owns-1', type: 'OWNS', share: 1, confidence: 'CONFIRMED', sources: ['src-ft'] },
  fromId: 'huawei',
  toId: 'hisilicon',
};

/** nodes/get-by-ids: the known nodes among the ids asked for. */
export const nodesByIds = (params: Params): Row[] =>
  (params.ids as string[]).flatMap((id) => (NODES[id] ? [{ n: NODES[id] }] : []));

/** relationships/get-by-ids: the one relationship, when asked for. */
export const relationshipsByIds = (params: Params): Row[] =>
  (params.ids as string[]).includes('owns-1') ? [OWNS] : [];
