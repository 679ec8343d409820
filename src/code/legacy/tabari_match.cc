// TabariEngine, pattern matching: TABARI's checkPattern state machine. A pattern is
// matched outward from its verb: first the words after the verb ("upper", walking
// forward), then the words before it ("lower", walking backward). Each element's
// connector decides whether a stem match is enough (partial) and whether words may be
// skipped; {a|b} alternatives and &synsets are tried in place. Ported from coder.cp,
// including the state that leaks between nested synsets, because the validation suite
// depends on it.
#include "code/legacy/tabari_sentence.h"

namespace faultline::tabari {

int Sentence::Id(int pt) const {
  if (pt < 0 || pt >= static_cast<int>(phrase_->size())) return 0;  // list terminator
  return (*phrase_)[pt].id;
}

uint16_t Sentence::Conn(int pt) const {
  if (pt < 0 || pt >= static_cast<int>(phrase_->size())) return 0;
  return (*phrase_)[pt].conn;
}

void Sentence::SaveState() {
  fcond_ = true;
  cond_loc_ = loc_;
  cond_len_ = lenalt_;
  cond_skip_ = skip_mode_;
}

void Sentence::RestoreState() {
  loc_ = cond_loc_;
  lenalt_ = cond_len_;
  skip_mode_ = cond_skip_;
}

void Sentence::InitCondit() {
  SaveState();
  pt_ += is_high_ ? 1 : -1;
}

void Sentence::CondCheck(int* state) {
  const int n = static_cast<int>(phrase_->size());
  if (is_high_) {
    while (pt_ < n && Id(pt_) != kOrLit && Id(pt_) != kCloseLit) ++pt_;
    if (pt_ >= n || Id(pt_) == kCloseLit) return;  // no alternative left
  } else {
    while (pt_ >= 0 && Id(pt_) != kOrLit && Id(pt_) != kOpenLit) --pt_;
    if (pt_ < 0 || Id(pt_) == kOpenLit) return;
  }
  RestoreState();
  pt_ += is_high_ ? 1 : -1;
  full_mode_ = !(Conn(pt_) & kConnPartNext);
  *state = 2;
}

int Sentence::CompTarget() {
  const int id = Id(pt_);
  bool fmatch = false;
  if (id >= kSymbolLimit) {
    const int match = HasLitr(loc_, id);
    if (match && fcond_) lenalt_ += dict_.literals().Length(id);
    return match;
  }
  const bool actor = Type(loc_) == WordType::kActor;
  if (id == kSourceLit && actor) {
    index_source_ = GetActorHead(loc_, &fmatch);
  } else if (id == kTargetLit && actor) {
    index_target_ = GetActorHead(loc_, &fmatch);
  } else if (id == kAttribLit && actor) {
    index_attrib_ = GetActorHead(loc_, &fmatch);
  } else if (id == kSkipLit && actor) {  // ^ passes over a whole actor
    if (is_high_) {
      GetActorHead(loc_, &fmatch);
      if (fmatch) loc_ = GetActorTail(loc_);
    } else {
      loc_ = GetActorHead(loc_, &fmatch);
    }
  } else if (id == kCompoundLit && HasHead(loc_, static_cast<int>(WordType::kCompound))) {
    index_compound_ = GetCompound(loc_, &fmatch);
  }
  return fmatch ? 2 : 0;
}

int Sentence::ContinueCheck() {
  if (is_high_) {
    ++loc_;
    if (loc_ > iend_clause_) return 0;
  } else {
    --loc_;
    if (loc_ < 0) return 0;
  }
  return 2;
}

int Sentence::NextCheck() {
  if (is_high_) {
    if (fcond_ && (Id(pt_ + 1) == kOrLit || Id(pt_ + 1) == kCloseLit)) {
      fcond_ = false;  // end of the matched alternative: jump past the set
      while (pt_ < static_cast<int>(phrase_->size()) && Id(pt_) != kCloseLit) ++pt_;
    }
    skip_mode_ = (Conn(pt_) & kConnFullSkip) != 0;
    ++pt_;
    if (!Id(pt_)) return 1;  // end of pattern
    ++loc_;
    if (loc_ > iend_clause_) return 0;
  } else {
    --pt_;
    if (pt_ < 0) return 1;  // start of pattern
    if (fcond_ && (Id(pt_) == kOrLit || Id(pt_) == kOpenLit)) {
      fcond_ = false;
      while (pt_ >= 0 && Id(pt_) != kOpenLit) --pt_;
      --pt_;  // the element before the set
    }
    skip_mode_ = (Conn(pt_) & kConnFullSkip) != 0;
    --loc_;
    if (loc_ < 0) return 0;
  }
  full_mode_ = !(Conn(pt_) & kConnPartNext);
  return 2;
}

int Sentence::StateCheck(int result) {
  const bool ok = full_mode_ ? result == 2 : result != 0;
  if (ok) return NextCheck();
  return skip_mode_ ? ContinueCheck() : 0;
}

int Sentence::CompSynset() {
  const int root = Id(pt_);
  const int ps = dict_.root(root).pset;
  if (ps < 0) return 0;
  for (const Pattern& member : dict_.pset(ps).patterns) {
    if (int match = CheckSubPattern(member)) return match;
  }
  return 0;
}

int Sentence::CheckSubPattern(const Pattern& pat) {
  const Phrase* save_phrase = phrase_;
  const int save_pt = pt_;
  const int save_loc = loc_;
  phrase_ = &pat.phrase;
  pt_ = 0;
  int state = 2;
  while (state == 2) {
    int result = 0;
    if (Conn(pt_) & kFlagSynm) {
      if (is_high_) {
        result = CompSynset();
      } else {  // lower: the nested synset may float backward
        SaveState();
        int docheck = 1;
        while (docheck) {
          result = CompSynset();
          docheck = result ? 0 : ContinueCheck();
        }
        if (!result) {
          fcond_ = false;
          RestoreState();
        }
      }
    } else {
      result = CompTarget();
    }
    state = StateCheck(result);
  }
  phrase_ = save_phrase;
  pt_ = save_pt;
  loc_ = save_loc;
  return state ? 2 : 0;
}

bool Sentence::CheckPattern(const Pattern& pat, int loc, WordType wtype) {
  lenalt_ = 0;
  fcond_ = false;
  phrase_ = &pat.phrase;
  pt_ = 0;
  loc_ = loc;
  const int n = static_cast<int>(phrase_->size());
  while (pt_ < n && Id(pt_) != kVerbLit) ++pt_;
  if (pt_ >= n) return false;
  const int pverb = pt_;
  while (Type(loc_) != WordType::kHalt && !HasTail(loc_, static_cast<int>(wtype))) ++loc_;

  is_high_ = true;  // words after the verb
  int state = NextCheck();
  while (state == 2) {
    int result;
    if (Conn(pt_) & kFlagSynm) {
      result = CompSynset();
    } else {
      if (Id(pt_) == kOpenLit) InitCondit();
      result = CompTarget();
    }
    state = StateCheck(result);
    if (!state && fcond_) CondCheck(&state);
  }
  if (!state) return false;
  if (pverb == 0) return true;

  is_high_ = false;  // words before the verb
  phrase_ = &pat.phrase;
  pt_ = pverb;
  loc_ = loc;
  state = NextCheck();
  while (state == 2) {
    int result = 0;
    if (Conn(pt_) & kFlagSynm) {
      SaveState();
      int docheck = 1;
      while (docheck) {
        result = CompSynset();
        docheck = result ? 0 : ContinueCheck();
      }
      if (!result) {
        fcond_ = false;
        RestoreState();
      }
    } else {
      if (Id(pt_) == kCloseLit) InitCondit();
      result = CompTarget();
    }
    state = StateCheck(result);
    if (!state && fcond_) CondCheck(&state);
  }
  return state != 0;
}

}  // namespace faultline::tabari
