// An appraisal as the form holds it: '' where no rating is chosen yet.
import type { BerakhlakAspect } from '../../../gql/graphql';

export type RatingChoice = '' | 'ABOVE' | 'MEETS' | 'BELOW';

export interface RatingDraft {
  hasilKerja: RatingChoice;
  behaviours: { aspect: BerakhlakAspect; rating: RatingChoice; feedback: string }[];
  perilakuKerja: RatingChoice;
  feedback: string;
}
