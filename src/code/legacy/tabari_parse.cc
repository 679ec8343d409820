// TabariEngine, parse step: TABARI's text filter, literal lookup, root assignment and
// syntactic markup (nouns, agents, compounds, comma clauses, conjunction clauses,
// pronouns), then the discard and complexity checks. Ported from TABARI parser.cp.
#include <cctype>

#include "code/legacy/tabari_sentence.h"

namespace faultline::tabari {

namespace {

constexpr int kLitSize = 64;  // longest word TABARI keeps; longer ones are split
constexpr int kMaxLex = 128;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsPunct(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u < 128 && std::ispunct(u);
}
int T(WordType w) { return static_cast<int>(w); }

}  // namespace

// ---------------------------------------------------------------- tags

WordType Sentence::Type(int loc) const {
  if (loc < 0 || loc >= static_cast<int>(synt_.size())) return WordType::kNull;
  return synt_[loc].wtype;
}

bool Sentence::HasHead(int loc, int type) const {
  if (loc < 0 || loc >= static_cast<int>(synt_.size())) return false;
  for (const Tag& t : synt_[loc].head) {
    if (t.type == type) return true;
  }
  return false;
}

bool Sentence::HasHead(int loc, int type, int* index) const {
  *index = 0;
  if (loc < 0 || loc >= static_cast<int>(synt_.size())) return false;
  for (const Tag& t : synt_[loc].head) {
    if (t.type == type) {
      *index = t.index;
      return true;
    }
  }
  return false;
}

bool Sentence::CheckHead(int loc, int type, int index) const {
  if (loc < 0 || loc >= static_cast<int>(synt_.size())) return false;
  for (const Tag& t : synt_[loc].head) {
    if (t.type == type && t.index == index) return true;
  }
  return false;
}

bool Sentence::HasTail(int loc, int type) const {
  if (loc < 0 || loc >= static_cast<int>(synt_.size())) return false;
  for (const Tag& t : synt_[loc].tail) {
    if (t.type == type) return true;
  }
  return false;
}

bool Sentence::HasTail(int loc, int type, int index) const {
  if (loc < 0 || loc >= static_cast<int>(synt_.size())) return false;
  for (const Tag& t : synt_[loc].tail) {
    if (t.type == type && t.index == index) return true;
  }
  return false;
}

int Sentence::GetTailIndex(int loc, int type) const {
  if (loc < 0 || loc >= static_cast<int>(synt_.size())) return 0;
  for (const Tag& t : synt_[loc].tail) {
    if (t.type == type) return t.index;
  }
  return 0;
}

bool Sentence::CheckTailTag(int loc, int type) const {
  int idx = 0;
  if (!HasHead(loc, type, &idx)) return false;
  ++loc;
  while (loc <= isynt_ && !HasTail(loc, type, idx)) ++loc;
  return loc <= isynt_;
}

void Sentence::ChangeHead(int loc, int from, int to) {
  for (Tag& t : synt_[loc].head) {
    if (t.type == from) {
      t.type = to;
      return;
    }
  }
}

void Sentence::ChangeTail(int loc, int from, int to) {
  for (Tag& t : synt_[loc].tail) {
    if (t.type == from) {
      t.type = to;
      return;
    }
  }
}

int Sentence::GetReference(int loc) const {
  for (const Tag& t : synt_[loc].head) {
    if (t.type == kRefTag) return t.index;
  }
  return 0;
}

bool Sentence::SkipSegment(int* loc, int type) const {
  int idx = 0;
  if (!HasHead(*loc, type, &idx)) return false;
  const int last = static_cast<int>(synt_.size()) - 1;
  while (*loc < last && !HasTail(*loc, type, idx)) ++*loc;
  ++*loc;
  return true;
}

int Sentence::HasLitr(int loc, int lit) const {
  if (loc < 0 || loc >= static_cast<int>(synt_.size()) || synt_[loc].lex < 0) return 0;
  for (const LitMatch& m : lex_[synt_[loc].lex].lits) {
    if (m.lit == lit) return m.exact ? 2 : 1;
  }
  return 0;
}

// ---------------------------------------------------------------- codes of roots

bool Sentence::IsNullActor(int root) const {
  const int ps = dict_.root(root).pset;
  if (ps < 0) return false;
  const PatternSet& set = dict_.pset(ps);
  if (set.kind != PatternSet::Kind::kActor) return false;
  const std::vector<ActorItem>* items = set.actor.Resolve(julian_);
  return items && items->size() == 1 && (*items)[0].actor == kCodeNull;
}

bool Sentence::IsDiscardCode(int root) const {
  if (!root) return false;
  const int ps = dict_.root(root).pset;
  if (ps < 0) return false;
  const PatternSet& set = dict_.pset(ps);
  switch (set.kind) {
    case PatternSet::Kind::kActor: {
      const std::vector<ActorItem>* items = set.actor.Resolve(julian_);
      return items && items->size() == 1 && (*items)[0].actor == kCodeDiscard;
    }
    case PatternSet::Kind::kAgent:
      return set.agent == kCodeDiscard;
    case PatternSet::Kind::kVerb:
      return set.event.code == kCodeDiscard && !set.event.sub && !set.event.dom && !set.event.pair;
    case PatternSet::Kind::kTime:
      return set.time.is_index && set.time.value == kCodeDiscard;
    case PatternSet::Kind::kNone:
      return false;
  }
  return false;
}

bool Sentence::IsNullVerb(int root) const {
  const int ps = dict_.root(root).pset;
  if (ps < 0) return false;
  const PatternSet& set = dict_.pset(ps);
  return set.kind == PatternSet::Kind::kVerb && set.event.IsPlainNull();
}

// ---------------------------------------------------------------- lexical steps

void Sentence::FilterText(std::string_view t) {
  std::string out;
  std::vector<int> pos;
  auto push = [&](char c, int p) {
    out.push_back(c);
    pos.push_back(p);
  };
  rec_caps_ = true;
  const size_t n = t.size();
  auto at = [&](size_t i) -> char { return i < n ? t[i] : '\0'; };
  size_t i = 0;
  if (opts_.fbis) {
    while (i < n && t[i] != '[' && !std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
  }
  while (i < n) {
    const char c = t[i];
    const char prev = i > 0 ? t[i - 1] : '\0';
    if (rec_caps_ && IsLower(c)) rec_caps_ = false;
    if (c == '/' && at(i + 1) == '*') {  // TABARI's /* ... */ comments
      while (i < n && !(t[i] == '*' && at(i + 1) == '/')) ++i;
      if (i < n) i += 2;
      continue;
    }
    if (opts_.fbis && c == '[') {
      while (i < n && t[i] != ']') ++i;
      if (i < n) ++i;
      continue;
    }
    const int p = static_cast<int>(i);
    if (IsPunct(c)) {
      if (c == ';' || c == ':' || c == '(' || c == ')') {
        push(' ', -1);
        push(',', p);
        push(' ', -1);
      } else if (c == ',') {
        if (!IsDigit(prev) || !IsDigit(at(i + 1))) {  // "200,000" stays one number
          push(' ', -1);
          push(',', p);
          push(' ', -1);
        }
      } else if (c == '.') {
        if (IsDigit(prev) && IsDigit(at(i + 1))) {
          push('.', p);
        } else if (IsUpper(prev)) {  // "U.S."
          push('.', p);
        } else {
          push(' ', -1);
        }
      } else if (c == '\'' || c == '$') {
        push(c, p);
      } else if (c == '"') {
        push(' ', -1);
        push('"', p);
        push(' ', -1);
      } else {
        push(' ', -1);
      }
      ++i;
    } else {
      push(c, p);
      ++i;
    }
  }
  if (out.empty() || out.back() != ' ') push(' ', -1);
  // Collapse blanks; split words longer than TABARI's literal size.
  filtext_.clear();
  filpos_.clear();
  int kchar = 0;
  for (size_t k = 0; k < out.size(); ++k) {
    if (out[k] == ' ') {
      kchar = 0;
      if (k + 1 < out.size() && out[k + 1] == ' ') continue;
      filtext_.push_back(' ');
      filpos_.push_back(-1);
    } else {
      if (++kchar >= kLitSize) {
        filtext_.back() = ' ';
        filpos_.back() = -1;
        kchar = 1;
      }
      filtext_.push_back(out[k]);
      filpos_.push_back(pos[k]);
    }
  }
}

bool Sentence::MakeLex(std::string* error) {
  lex_.clear();
  ilex_ = -1;
  bool first = true;
  size_t i = 0;
  const size_t n = filtext_.size();
  while (i < n && filtext_[i] == ' ') ++i;
  while (i < n) {
    size_t e = filtext_.find(' ', i);
    if (e == std::string::npos) e = n;
    if (ilex_ + 1 >= kMaxLex - 2) break;  // truncate very long sentences
    ++ilex_;
    LexWord w;
    w.text = filtext_.substr(i, e - i);
    int b = -1, last = -1;
    for (size_t k = i; k < e; ++k) {
      if (filpos_[k] >= 0) {
        if (b < 0) b = filpos_[k];
        last = filpos_[k];
      }
    }
    w.begin = b < 0 ? 0 : static_cast<uint32_t>(b);
    w.end = last < 0 ? w.begin : static_cast<uint32_t>(last + 1);
    if (!rec_caps_ && IsUpper(w.text[0])) {
      w.flags = first ? kLexInitCap : kLexMidCap;
      first = false;
    }
    bool skip = false;
    if (IsDigit(w.text[0])) {
      std::vector<LitMatch> probe;
      dict_.literals().Check(w.text, &probe);
      if (probe.empty()) {  // a number, unless a dictionary phrase uses it ("Group of 77")
        w.flags = kLexNumber;
        w.symbol = kNumberLit;
        skip = true;
      }
    } else if (w.text[0] == ',') {
      w.flags = kLexComma;
      w.symbol = kCommaLit;
      skip = true;
    }
    if (!skip) {
      if (!rec_caps_) {
        for (char& c : w.text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
      dict_.literals().Check(w.text, &w.lits);
    }
    lex_.push_back(std::move(w));
    i = e;
    while (i < n && filtext_[i] == ' ') ++i;
  }
  if (ilex_ < opts_.min_lex) {
    *error = "Input error: too few words in sentence";
    return false;
  }
  return true;
}

bool Sentence::MatchLex(int* nmatch, const Phrase& phrase, WordType wtype, int ibegin,
                        std::vector<int>* matched) const {
  matched->clear();
  *nmatch = 0;
  bool fskip = false, fmatch = false;
  size_t p = 0;
  int plex = ibegin;
  while (p < phrase.size() && plex <= ilex_) {
    fmatch = false;
    const LexWord& w = lex_[plex];
    if (w.symbol == kCommaLit) return false;  // roots never span a comma
    int lit = 0;
    for (const LitMatch& m : w.lits) {
      if (m.lit == phrase[p].id) {
        fmatch = true;
        lit = m.lit;
        *nmatch += dict_.literals().Length(lit);
        break;
      }
    }
    if (!fmatch) {
      if (fskip) {
        ++plex;
        continue;
      }
      return false;
    }
    matched->push_back(plex);
    const uint16_t conn = phrase[p].conn;
    const size_t len = static_cast<size_t>(dict_.literals().Length(lit));
    auto ch = [&](size_t k) -> char { return k < w.text.size() ? w.text[k] : ' '; };
    if (ch(len) != ' ' && !(conn & kConnFullSkip)) {  // only part of the word matched
      if (conn == kConnEqual) return false;
      const bool last = p + 1 >= phrase.size();
      if (wtype == WordType::kActor || wtype == WordType::kAgent || wtype == WordType::kNoun) {
        if (!last) return false;
        if (ch(len) == 'S' && ch(len + 1) == ' ') {
          *nmatch += 1;
          return true;
        }
        if (ch(len + 1) == 'S' && ch(len + 2) == ' ' && (ch(len) == '\'' || ch(len) == 'E')) {
          *nmatch += 2;
          return true;
        }
      }
      if (wtype == WordType::kVerb) {
        if (!last) return false;
        if (ch(len) == 'S' && ch(len + 1) == ' ') {
          *nmatch += 1;
          return true;
        }
        if (ch(len) == 'E' && ch(len + 2) == ' ' &&
            (ch(len + 1) == 'D' || ch(len + 1) == 'S' || ch(len + 1) == 'N')) {
          *nmatch += 2;
          return true;
        }
        if (ch(len) == 'I' && ch(len + 1) == 'N' && ch(len + 2) == 'G' && ch(len + 3) == ' ') {
          *nmatch += 3;
          return true;
        }
        if (len > 0 && w.text[len - 1] == 'E' && ch(len) == 'D' && ch(len + 1) == ' ') {
          *nmatch += 1;
          return true;
        }
      }
      return false;
    }
    fskip = (conn & kConnPartNext) != 0;
    ++plex;
    ++p;
  }
  if (p < phrase.size()) return false;
  return fmatch;
}

void Sentence::SetForward(const SentenceMemory& prev) {
  const std::vector<SyntWord>& ps = prev.synt;
  auto has_head = [&](size_t i, WordType t) {
    for (const Tag& g : ps[i].head) {
      if (g.type == T(t)) return true;
    }
    return false;
  };
  auto has_tail = [&](size_t i, WordType t) {
    for (const Tag& g : ps[i].tail) {
      if (g.type == T(t)) return true;
    }
    return false;
  };
  size_t p = 0;
  while (fwd_actor_ < 0 && fwd_compound_ < 0 && p < ps.size() && ps[p].wtype != WordType::kHalt) {
    if (has_head(p, WordType::kCompound)) {
      fwd_compound_ = static_cast<int>(synt_.size());
      bool first = true;
      while (p < ps.size() && ps[p].wtype != WordType::kHalt) {
        SyntWord w;
        w.iroot = ps[p].iroot;
        w.wtype = ps[p].wtype;
        w.flags = kSyntCompound;
        if (first) w.head.push_back({T(WordType::kCompound), 0});
        first = false;
        if (has_head(p, WordType::kActor)) w.head.push_back({T(WordType::kActor), 0});
        if (has_tail(p, WordType::kActor)) w.tail.push_back({T(WordType::kActor), 0});
        synt_.push_back(std::move(w));
        if (has_tail(p, WordType::kCompound)) break;
        ++p;
      }
      synt_.back().tail.push_back({T(WordType::kCompound), 0});
    }
    if (fwd_actor_ < 0 && p < ps.size() && has_head(p, WordType::kActor) &&
        !has_head(p, WordType::kPronoun)) {
      fwd_actor_ = static_cast<int>(synt_.size());
      SyntWord w;
      w.iroot = ps[p].iroot;
      w.wtype = ps[p].wtype;
      w.head.push_back({T(WordType::kActor), 0});
      w.tail.push_back({T(WordType::kActor), 0});
      synt_.push_back(std::move(w));
    }
    ++p;
  }
  if (fwd_compound_ < 0) fwd_compound_ = fwd_actor_;
}

void Sentence::MakeSynt(const SentenceMemory* previous) {
  synt_.assign(static_cast<size_t>(ilex_ + 2), SyntWord());
  for (int i = 0; i <= ilex_; ++i) synt_[i].lex = i;
  isynt_ = ilex_ + 1;
  synt_[isynt_].wtype = WordType::kHalt;
  fwd_actor_ = fwd_compound_ = -1;
  if (opts_.use_forward && ctx_.can_forward && previous) SetForward(*previous);
  def_slot_ = static_cast<int>(synt_.size());
  synt_.emplace_back();

  std::vector<int> matched, best;
  for (int p = 0; synt_[p].wtype != WordType::kHalt; ++p) {
    const LexWord& w = lex_[p];
    if (synt_[p].wtype != WordType::kNull) continue;  // inside an earlier root
    if (w.symbol == kCommaLit) {
      synt_[p].wtype = WordType::kComma;
      continue;
    }
    if (w.symbol == kNumberLit) {
      synt_[p].wtype = WordType::kNumber;
      continue;
    }
    int maxmatch = 0, maxroot = 0;
    WordType maxword = WordType::kNull;
    for (const LitMatch& m : w.lits) {
      for (int r : dict_.literals().Starts(m.lit)) {
        const Root& root = dict_.root(r);
        if (root.wtype == WordType::kNull) continue;
        int nmatch = 0;
        if (MatchLex(&nmatch, root.phrase, root.wtype, p, &matched) && nmatch > maxmatch) {
          best = matched;
          maxmatch = nmatch;
          maxroot = r;
          maxword = root.wtype;
        }
      }
    }
    if (maxmatch) {
      synt_[p].iroot = maxroot;
      synt_[p].head.push_back({T(maxword), 1});
      for (int k : best) synt_[k].wtype = maxword;
      synt_[best.back()].tail.push_back({T(maxword), 1});
    }
  }
}

// ---------------------------------------------------------------- syntactic markup

void Sentence::MarkNouns() {
  for (int p = 0; synt_[p].wtype != WordType::kHalt; ++p) {
    int idx = 0;
    if (synt_[p].wtype == WordType::kVerb && p > 0) {
      if (Type(p - 1) == WordType::kDeterm || (lex_[p].flags & kLexMidCap)) {
        synt_[p].wtype = WordType::kNoun;
        if (HasHead(p, T(WordType::kVerb), &idx)) {
          ChangeHead(p, T(WordType::kVerb), T(WordType::kNoun));
          int q = p;
          while (!HasTail(q, T(WordType::kVerb), idx)) {
            ++q;
            if (q > ilex_) {
              --q;
              break;
            }
            if (synt_[q].wtype == WordType::kVerb && !HasHead(q, T(WordType::kVerb))) {
              synt_[q].wtype = WordType::kNoun;
            }
          }
          ChangeTail(q, T(WordType::kVerb), T(WordType::kNoun));
        }
      }
    } else if (HasHead(p, T(WordType::kActor), &idx) && IsNullActor(synt_[p].iroot)) {
      ChangeHead(p, T(WordType::kActor), T(WordType::kNoun));
      synt_[p].wtype = WordType::kNoun;
      while (!HasTail(p, T(WordType::kActor), idx)) {
        ++p;
        if (p > ilex_) {
          --p;
          break;
        }
        if (synt_[p].wtype == WordType::kActor && !HasHead(p, T(WordType::kActor))) {
          synt_[p].wtype = WordType::kNoun;
        }
      }
      ChangeTail(p, T(WordType::kActor), T(WordType::kNoun));
    }
  }
}

void Sentence::ConvertAgents() {
  int aloc = 0;
  while (aloc <= ilex_) {
    if (synt_[aloc].wtype == WordType::kAgent) {
      int idx = 0;
      HasHead(aloc, T(WordType::kAgent), &idx);
      const bool after_actor = aloc > 0 && (Type(aloc - 1) == WordType::kActor ||
                                            HasTail(aloc - 1, T(WordType::kActor)) ||
                                            synt_[aloc - 1].iroot == dict_.root_former);
      const int hloc = aloc;
      bool ok = true;
      while (!HasTail(aloc, T(WordType::kAgent), idx)) {
        ++aloc;
        if (aloc > ilex_) {
          ok = false;
          break;
        }
      }
      if (ok && !after_actor) {
        bool convert = true;
        if (aloc < ilex_ && HasHead(aloc + 1, T(WordType::kActor))) convert = false;
        if (convert && aloc + 1 < ilex_ && Type(aloc + 1) == WordType::kPrep &&
            Type(aloc + 2) == WordType::kActor) {
          convert = false;
        }
        if (convert) {
          synt_[hloc].wtype = WordType::kActor;
          ChangeHead(hloc, T(WordType::kAgent), T(WordType::kActor));
          ChangeTail(aloc, T(WordType::kAgent), T(WordType::kActor));
        }
      }
    }
    ++aloc;
  }
}

void Sentence::MarkCompound() {
  bool need_connect = false;
  int cmpindex = 1;
  for (int p = 0; synt_[p].wtype != WordType::kHalt; ++p) {
    if (!(synt_[p].wtype == WordType::kConj &&
          (HasLitr(p, dict_.lit_and) || HasLitr(p, dict_.lit_nor) ||
           (opts_.fbis && !synt_[p].iroot)))) {
      continue;
    }
    int pend = -1, pset = -1;
    int q = p + 1;
    while (Type(q) == WordType::kActor || Type(q) == WordType::kDeterm ||
           Type(q) == WordType::kAdjctv) {
      if (Type(q) == WordType::kActor && HasHead(q, T(WordType::kActor))) {
        while (q < ilex_ && !HasTail(q, T(WordType::kActor))) ++q;
        pend = q;
      }
      ++q;
    }
    if (pend < 0) continue;
    q = p;
    while (q >= 0 && (Type(q) == WordType::kActor || Type(q) == WordType::kConj ||
                      Type(q) == WordType::kComma || Type(q) == WordType::kDeterm ||
                      Type(q) == WordType::kAdjctv)) {
      if (Type(q) == WordType::kConj || Type(q) == WordType::kComma) need_connect = false;
      if (Type(q) == WordType::kActor) {
        if (need_connect) break;
        while (q > 0 && !HasHead(q, T(WordType::kActor))) --q;
        pset = q;
        need_connect = true;
      }
      --q;
    }
    if (pset < 0) continue;
    synt_[pset].head.push_back({T(WordType::kCompound), cmpindex});
    synt_[pend].tail.push_back({T(WordType::kCompound), cmpindex});
    for (int a = pset; a <= pend; ++a) {  // cancel compounds marked inside this one
      int idx = 0;
      if (HasHead(a, T(WordType::kCompound), &idx) && idx < cmpindex) {
        int loc = a;
        while (loc <= isynt_ && !HasTail(loc, T(WordType::kCompound), idx)) ++loc;
        if (loc <= isynt_) {
          ChangeHead(a, T(WordType::kCompound), T(WordType::kNullTag));
          ChangeTail(loc, T(WordType::kCompound), T(WordType::kNullTag));
        }
      }
    }
    ++cmpindex;
    for (int a = pset; a <= pend; ++a) synt_[a].flags |= kSyntCompound;
  }
}

void Sentence::MarkSubordinate() {
  int p = 0;
  int subindex = 1;
  const int sub = T(WordType::kSubord);
  while (synt_[p].wtype != WordType::kHalt) {
    if (SkipSegment(&p, T(WordType::kCompound))) continue;
    if (synt_[p].wtype == WordType::kComma) {
      const int pstart = p;
      if (p >= opts_.min_beg_subord && p <= opts_.max_beg_subord) {  // initial clause
        synt_[0].head.push_back({sub, subindex});
        synt_[pstart - 1].tail.push_back({sub, subindex});
        ++subindex;
      }
      ++p;
      while (synt_[p].wtype != WordType::kComma && synt_[p].wtype != WordType::kHalt) {
        if (SkipSegment(&p, T(WordType::kCompound))) continue;
        ++p;
      }
      const int words = p - pstart - 1;
      if (synt_[p].wtype == WordType::kHalt && words >= opts_.min_end_subord &&
          words <= opts_.max_end_subord) {  // terminal clause
        synt_[pstart].head.push_back({sub, subindex});
        synt_[isynt_ - 1].tail.push_back({sub, subindex});
        return;
      }
      if (synt_[p].wtype == WordType::kComma && words >= opts_.min_subord &&
          words <= opts_.max_subord) {  // internal clause, both commas included
        synt_[pstart].head.push_back({sub, subindex});
        synt_[p].tail.push_back({sub, subindex});
        ++subindex;
      }
    }
    if (synt_[p].wtype != WordType::kHalt) ++p;
  }
}

void Sentence::NullSubordinate() {
  const int sub = T(WordType::kSubord);
  const int nulltag = T(WordType::kNullTag);
  if (HasHead(0, sub)) synt_[0].wtype = WordType::kNull;
  int p = 0;
  while (synt_[p].wtype != WordType::kHalt) {
    if (HasHead(p, sub)) {
      do {
        ++p;
        if (p >= isynt_) return;
        synt_[p].wtype = WordType::kNull;
        // A root that starts here: cancel it to its tail.
        for (size_t h = 0; h < synt_[p].head.size(); ++h) {
          const int tag = synt_[p].head[h].type;
          if (tag == nulltag) continue;
          int q = p;
          while (!HasTail(q, tag) && synt_[q].wtype != WordType::kHalt) ++q;
          if (synt_[q].wtype == WordType::kHalt) return;
          synt_[p].wtype = WordType::kNullTag;
          ChangeHead(p, tag, nulltag);
          ChangeTail(q, tag, nulltag);
        }
        // A root that ends here but started outside: cancel it back to its head.
        for (size_t h = 0; h < synt_[p].tail.size(); ++h) {
          const int tag = synt_[p].tail[h].type;
          if (tag == nulltag || tag == sub) continue;
          int q = p;
          while (!HasHead(q, tag) && q > 0) --q;
          if (q == 0 && !HasHead(q, tag)) return;
          ChangeTail(p, tag, nulltag);
          ChangeHead(q, tag, nulltag);
          synt_[q].wtype = WordType::kNullTag;
        }
      } while (!HasTail(p, sub));
    }
    if (synt_[p].wtype == WordType::kHalt) return;
    ++p;
  }
}

void Sentence::MarkClauses() {
  const int clause = T(WordType::kClause);
  has_clauses_ = false;
  int index = 1;
  synt_[0].head.push_back({clause, index});
  int p = 0;
  while (synt_[p].wtype != WordType::kHalt) {
    if (SkipSegment(&p, T(WordType::kCompound))) continue;
    if (SkipSegment(&p, T(WordType::kSubord))) continue;
    if (synt_[p].wtype == WordType::kConj && p > 0 && Type(p + 1) != WordType::kHalt) {
      bool not_phrase = true;
      if (Type(p - 1) == WordType::kNoun) {  // "sheep and goats": a compound noun
        int q = p + 1;
        while (Type(q) == WordType::kAdjctv) ++q;
        if (Type(q) == WordType::kNoun) {
          not_phrase = false;
          p = q;
        }
      }
      if (p > 0 && Type(p - 1) == WordType::kAdjctv && Type(p + 1) == WordType::kAdjctv) {
        not_phrase = false;
        ++p;
      }
      if (not_phrase) {
        has_clauses_ = true;
        synt_[p - 1].tail.push_back({clause, index});
        ++index;
        synt_[p + 1].head.push_back({clause, index});
        ++p;
      }
    }
    ++p;
  }
  synt_[p - 1].tail.push_back({clause, index});
}

void Sentence::DereferencePronouns() {
  const int actor = T(WordType::kActor), compound = T(WordType::kCompound);
  for (int p = 0; synt_[p].wtype != WordType::kHalt; ++p) {
    if (synt_[p].wtype != WordType::kPronoun || synt_[p].lex < 0) continue;
    const std::vector<LitMatch>& lits = lex_[synt_[p].lex].lits;
    if (lits.empty()) continue;
    const int first = lits[0].lit;
    int idx = -1;
    if (first >= dict_.lit_he && first <= dict_.lit_it) {
      // HE, SHE, IT, HIM, HER: the first actor before it that is not in a compound.
      int q = 0;
      while (q < p) {
        while (q < p && synt_[q].wtype != WordType::kActor) ++q;
        if (q >= p) break;
        int cidx = 0;
        if (HasHead(q, compound, &cidx)) {
          do {
            ++q;
          } while (q < isynt_ && !HasTail(q, compound, cidx));
          ++q;
        } else if (!HasHead(q, actor)) {
          ++q;
        } else {
          idx = q;
          break;
        }
      }
      if (idx < 0 && ctx_.can_forward && fwd_actor_ >= 0) idx = fwd_actor_;
    } else if (first == dict_.lit_the) {
      // THEY, THEM, THEIR: a compound before it, else its first actor.
      for (int q = 0; q < p; ++q) {
        if (synt_[q].wtype != WordType::kActor) continue;
        if (HasHead(q, compound)) {
          idx = q;
          break;
        }
        if (idx < 0) idx = q;
      }
      if (idx < 0 && ctx_.can_forward && fwd_compound_ >= 0) idx = fwd_compound_;
    }
    if (idx >= 0) {
      synt_[p].wtype = WordType::kActor;
      synt_[p].head.push_back({actor, 1});
      synt_[p].tail.push_back({actor, 1});
      synt_[p].head.push_back({kRefTag, idx});
      synt_[p].tail.push_back({kRefTag, idx});
    }
  }
}

void Sentence::CheckDiscards() {
  has_discard_ = false;
  for (int p = 0; synt_[p].wtype != WordType::kHalt; ++p) {
    if (IsDiscardCode(synt_[p].iroot)) {
      has_discard_ = true;
      return;
    }
  }
}

void Sentence::EvaluateComplexity() {
  const int sub = T(WordType::kSubord);
  auto count_tags = [&](WordType t) {
    int n = 0;
    int p = 0;
    while (synt_[p].wtype != WordType::kHalt) {
      if (SkipSegment(&p, sub)) continue;
      if (HasHead(p, T(t))) ++n;
      ++p;
    }
    return n;
  };
  auto count_type = [&](WordType t) {
    int n = 0;
    int p = 0;
    while (synt_[p].wtype != WordType::kHalt) {
      if (SkipSegment(&p, sub)) continue;
      if (synt_[p].wtype == t) ++n;
      ++p;
    }
    return n;
  };
  const int n_verb = count_tags(WordType::kVerb);
  const int n_actor = opts_.cplx_actors ? count_tags(WordType::kActor) : 0;
  const int n_pronoun = opts_.cplx_pronouns ? count_type(WordType::kPronoun) : 0;
  int n_conj = 0;
  if (opts_.cplx_conj) {  // conjunctions outside the compounds
    for (int k = 0; k <= ilex_; ++k) {
      if (HasHead(k, T(WordType::kCompound))) {
        while (k < ilex_ && !HasTail(k, T(WordType::kCompound))) ++k;
        ++k;
      }
      if (Type(k) == WordType::kConj) ++n_conj;
    }
  }
  int iverb = 0;  // first non-null verb outside the comma clauses
  while (iverb <= ilex_) {
    if (SkipSegment(&iverb, sub)) continue;
    if (synt_[iverb].wtype == WordType::kVerb && HasHead(iverb, T(WordType::kVerb)) &&
        !IsNullVerb(synt_[iverb].iroot)) {
      break;
    }
    ++iverb;
  }
  auto any_actor = [&](int from, int to) {
    int k = from;
    while (k < to) {
      if (SkipSegment(&k, sub)) continue;
      if (Type(k) == WordType::kActor) return true;
      ++k;
    }
    return false;
  };
  is_complex_ = false;
  complex_text_.clear();
  auto flag = [&](bool hit, const std::string& what) {
    if (!hit) return;
    is_complex_ = true;
    if (!complex_text_.empty()) complex_text_ += ", ";
    complex_text_ += what;
  };
  auto limit = [&](int check, int value, const char* what) {
    flag(check > 0 && value >= check,
         std::string(what) + "(" + std::to_string(value) + ") >= " + std::to_string(check));
  };
  limit(opts_.cplx_verbs, n_verb, "verbs");
  limit(opts_.cplx_actors, n_actor, "actors");
  limit(opts_.cplx_pronouns, n_pronoun, "pronouns");
  limit(opts_.cplx_conj, n_conj, "conjunctions");
  if (opts_.cplx_late_verb > 0) limit(opts_.cplx_late_verb, iverb, "verb position");
  flag(opts_.cplx_no_actor_prior && !any_actor(0, iverb), "no actor before verb");
  flag(opts_.cplx_no_actor_after && !any_actor(iverb + 1, ilex_ + 1), "no actor after verb");
  flag(opts_.cplx_no_verb && n_verb == 0, "no verb");
}

bool Sentence::Parse(std::string_view text, const SentenceMemory* previous, std::string* error) {
  if (text.empty()) {
    *error = "Input error: no text in record";
    return false;
  }
  FilterText(text);
  if (!MakeLex(error)) return false;
  MakeSynt(previous);
  MarkNouns();
  if (opts_.convert_agents) ConvertAgents();
  MarkCompound();
  MarkSubordinate();
  NullSubordinate();
  MarkClauses();
  DereferencePronouns();
  CheckDiscards();
  if (!has_discard_) EvaluateComplexity();
  return true;
}

}  // namespace faultline::tabari
