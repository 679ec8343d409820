#include "faultline/document.h"

namespace faultline {

const char* PosName(Pos pos) {
  switch (pos) {
    case Pos::kUnknown: return "X";
    case Pos::kNoun: return "NOUN";
    case Pos::kProperNoun: return "PROPN";
    case Pos::kVerb: return "VERB";
    case Pos::kAux: return "AUX";
    case Pos::kModal: return "MODAL";
    case Pos::kAdj: return "ADJ";
    case Pos::kAdv: return "ADV";
    case Pos::kDet: return "DET";
    case Pos::kPrep: return "ADP";
    case Pos::kPron: return "PRON";
    case Pos::kConj: return "CCONJ";
    case Pos::kSubord: return "SCONJ";
    case Pos::kWh: return "WH";
    case Pos::kNum: return "NUM";
    case Pos::kTo: return "TO";
    case Pos::kNeg: return "NEG";
    case Pos::kPunct: return "PUNCT";
    case Pos::kPossessive: return "POS";
  }
  return "X";
}

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kFuture: return "future";
    case Modality::kHypothetical: return "hypothetical";
    case Modality::kIntended: return "intended";
    case Modality::kDemanded: return "demanded";
    case Modality::kReported: return "reported";
  }
  return "asserted";
}

}  // namespace faultline
