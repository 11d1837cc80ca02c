import { graphResolvers } from './graph';
import { matchingResolvers } from './matching';
import { modelResolvers } from './model';
import { mutationResolvers } from './mutations';
import { pathResolvers } from './paths';
import { queryResolvers } from './query';
import { timelineResolvers } from './timeline';

/** Every resolver map; graphql-tools merges them and checks them against the SDL at boot. */
export const resolvers = [
  modelResolvers,
  queryResolvers,
  pathResolvers,
  graphResolvers,
  mutationResolvers,
  matchingResolvers,
  timelineResolvers,
];
