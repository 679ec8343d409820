#include "recognise/quotes/quote_speaker.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "recognise/quotes/quote_lexicon.h"

namespace faultline {
namespace {

constexpr uint32_t kMaxSpeakerTokens = 8;

bool IsNounish(const Token& t) {
  return t.pos == Pos::kNoun || t.pos == Pos::kProperNoun || IsTitleWord(t.norm);
}

// Tokens that can sit inside a speaker noun phrase: "Stein spokeswoman Melezia Figueroa",
// "a Syrian relief group", "Clinton's campaign", "Gov. Mike Pence".
bool InPhrase(const Token& t) {
  switch (t.pos) {
    case Pos::kProperNoun:
    case Pos::kNoun:
    case Pos::kAdj:
    case Pos::kPossessive:
    case Pos::kNum:
      return true;
    case Pos::kDet:
      return t.norm != "that";
    default:
      return IsTitleWord(t.norm) || t.norm == "-" || t.norm == "&";
  }
}

// Nouns the tagger may read as verbs in front of another noun: "press secretary",
// "campaign manager", "transition team".
bool IsModifierNoun(const std::vector<Token>& toks, uint32_t i, uint32_t limit) {
  static constexpr std::string_view kWords[] = {"press", "campaign", "transition", "research",
                                                "trade", "budget", "advocacy", "review"};
  if (i + 1 >= limit) return false;
  const Pos next = toks[i + 1].pos;
  if (next != Pos::kNoun && next != Pos::kProperNoun && !IsTitleWord(toks[i + 1].norm)) return false;
  for (std::string_view w : kWords) {
    if (toks[i].norm == w) return true;
  }
  return false;
}

// "of"/"for" joining capitalised words: "Secretary of State", "Center for Public Opinion".
bool JoinsNames(const std::vector<Token>& toks, uint32_t i) {
  if (!(toks[i].norm == "of" || toks[i].norm == "for") || i == 0 || i + 1 >= toks.size() ||
      !toks[i - 1].capitalised) {
    return false;
  }
  // "Mr. Morgan of the Sierra Club"
  const uint32_t n = toks[i + 1].norm == "the" && i + 2 < toks.size() ? i + 2 : i + 1;
  return toks[n].capitalised;
}

// A capitalised word that can be part of a personal name; sentence-initial names the
// tagger took for common words ("Maria") count too.
bool IsNameWord(const Token& t) {
  return t.capitalised && !IsTitleWord(t.norm) &&
         (t.pos == Pos::kProperNoun || t.pos == Pos::kNoun || t.pos == Pos::kAdj ||
          t.pos == Pos::kUnknown);
}

// A capitalised word of another class inside a sentence, followed by a speech verb or
// another name: a surname such as "Lynch", "Marshall" or "Wells".
bool CapitalisedName(const std::vector<Token>& toks, uint32_t j, uint32_t limit) {
  const Token& t = toks[j];
  if (j == 0 || toks[j - 1].norm == "." || toks[j - 1].norm == "?" || toks[j - 1].norm == "!") {
    return false;  // sentence-initial capitals say nothing
  }
  // After a closing quote mark ('' counts twice) only a comma, "?" or "!" inside it leaves
  // the sentence open.
  uint32_t k = j - 1;
  while (k > 0 && j - k <= 2 && (toks[k].norm == "\"" || toks[k].norm == "'")) --k;
  if (k + 1 < j && !(toks[k].norm == "," || toks[k].norm == "?" || toks[k].norm == "!")) {
    return false;
  }
  if (!t.capitalised || t.norm == "i" || IsTitleWord(t.norm) ||
      !(t.pos == Pos::kVerb || t.pos == Pos::kAdv || t.pos == Pos::kUnknown)) {
    return false;
  }
  if (t.norm.size() < 2 || !std::isalpha(static_cast<unsigned char>(t.norm[0]))) return false;
  if (j + 1 >= limit) return false;
  const Token& n = toks[j + 1];
  const uint8_t f = QuoteCueFlags(n.norm);
  return ((f & kQuoteCue) && !(f & kNeedsThat)) || (n.capitalised && n.pos == Pos::kProperNoun);
}

// A capitalised word opening a sentence or clause that the tagger read as a verb ("James",
// "Mark", "Cross", "Will"), followed by a surname or by the verb of its clause: "James
// Zogby, a superdelegate, said", "Cross called the election …".
bool OpeningNameWord(const std::vector<Token>& toks, uint32_t i, uint32_t limit) {
  const Token& t = toks[i];
  if (!t.capitalised || t.norm == "i" || IsTitleWord(t.norm) ||
      !(t.pos == Pos::kVerb || t.pos == Pos::kUnknown) || t.norm.size() < 2 ||
      !std::isalpha(static_cast<unsigned char>(t.norm[0]))) {
    return false;
  }
  if (i > 0 && toks[i - 1].pos != Pos::kPunct) return false;
  if (i + 1 >= limit) return false;
  const Token& n = toks[i + 1];
  if (n.capitalised && n.pos == Pos::kProperNoun && !IsTitleWord(n.norm)) return true;
  // The verb of the clause: a past form or a speech verb, never a second capital.
  return !n.capitalised && n.pos == Pos::kVerb && !n.verb_gerund &&
         (n.verb_past_participle || (QuoteCueFlags(n.norm) & kQuoteCue));
}

bool IsPronounToken(const Token& t) {
  return IsSpeakerPronoun(t.norm) && (t.pos == Pos::kPron || t.pos == Pos::kWh);
}

}  // namespace

bool SpeakerBefore(const std::vector<Token>& toks, uint32_t floor, uint32_t end,
                   SpeakerMention* out) {
  uint32_t k = end;
  // "Mr Trump also wrote", "he has said", "the group did not say"
  for (int skipped = 0; k > floor && skipped < 3; ++skipped) {
    const Pos p = toks[k - 1].pos;
    if (p != Pos::kAdv && p != Pos::kAux && p != Pos::kModal && p != Pos::kNeg) break;
    --k;
  }
  if (k == floor) return false;
  if (IsPronounToken(toks[k - 1])) {
    *out = SpeakerMention{k - 1, k, true};
    return true;
  }
  uint32_t j = k;
  bool noun = false;
  uint32_t head_end = 0;
  // "Lynch said" opening a sentence: a surname the tagger read as a verb, next to the cue.
  if (k == end && toks[k - 1].capitalised && toks[k - 1].norm != "i" &&
      (toks[k - 1].pos == Pos::kVerb || toks[k - 1].pos == Pos::kUnknown) && end < toks.size() &&
      (QuoteCueFlags(toks[end].norm) & kQuoteCue)) {
    --j;
    noun = true;
  }
  while (j > floor && k - j < kMaxSpeakerTokens) {
    const Token& t = toks[j - 1];
    if (t.norm == ")") {  // "Mike Pence (R-IN) said"
      uint32_t m = j - 1;
      while (m > floor && toks[m - 1].norm != "(" && j - m < 6) --m;
      if (m == floor || toks[m - 1].norm != "(") break;
      j = m - 1;
      continue;
    }
    // "the UN agency for Palestinian refugees said": a body named by what it is for takes the
    // phrase, and its head is the speaker.
    if ((t.norm == "for" || t.norm == "of") && noun && j - 1 > floor &&
        !toks[j - 2].capitalised && toks[j - 2].pos == Pos::kNoun &&
        IsInstitutionNoun(toks[j - 2].norm) && k - (j - 2) < kMaxSpeakerTokens) {
      head_end = j - 1;
      --j;
      continue;
    }
    if (!InPhrase(t) && !JoinsNames(toks, j - 1)) {
      if (OpeningNameWord(toks, j - 1, static_cast<uint32_t>(toks.size()))) {
        noun = true;
        --j;
      }
      break;
    }
    noun |= IsNounish(t);
    --j;
  }
  if (!noun || j == k) return false;
  *out = SpeakerMention{j, k, false, head_end};
  return true;
}

bool SpeakerAfter(const std::vector<Token>& toks, uint32_t begin, uint32_t limit,
                  SpeakerMention* out) {
  if (begin >= limit) return false;
  if (IsPronounToken(toks[begin])) {
    *out = SpeakerMention{begin, begin + 1, true};
    return true;
  }
  uint32_t j = begin;
  uint32_t bracketed = 0;  // tokens of a parenthesis, not counted against the length
  bool noun = false;
  while (j < limit && j - begin - bracketed < kMaxSpeakerTokens) {
    const Token& t = toks[j];
    if (t.norm == "(" && j > begin && noun) {  // "Rep. Gwen Moore (D-Wis.) said"
      uint32_t m = j + 1;
      while (m < limit && toks[m].norm != ")" && m - j < 7) ++m;
      if (m >= limit || toks[m].norm != ")") break;
      bracketed += m + 1 - j;
      j = m + 1;
      continue;
    }
    // "Rep. G.K. Butterfield": the period of initials the tokenizer left on its own.
    if (t.norm == "." && j > begin && toks[j - 1].capitalised && toks[j - 1].norm.size() <= 3 &&
        j + 1 < limit && toks[j + 1].capitalised && toks[j + 1].pos != Pos::kPron &&
        toks[j].span.begin == toks[j - 1].span.end) {
      ++j;
      continue;
    }
    // "retired Air Force general Lloyd Newton", "embattled chief executive John Stumpf":
    // a participle modifying the speaker's noun.
    if (t.pos == Pos::kVerb && t.verb_past_participle && !t.capitalised && j + 1 < limit &&
        (toks[j + 1].pos == Pos::kNoun || toks[j + 1].pos == Pos::kProperNoun ||
         IsTitleWord(toks[j + 1].norm)) &&
        QuoteCueFlags(t.norm) == 0) {
      ++j;
      continue;
    }
    // "one Democratic source", "9/11 widow Terry Strada"
    if ((j == begin && t.norm == "one" && j + 1 < limit &&
         (toks[j + 1].pos == Pos::kAdj || toks[j + 1].pos == Pos::kNoun ||
          toks[j + 1].pos == Pos::kProperNoun)) ||
        (t.norm == "/" && j > begin && toks[j - 1].pos == Pos::kNum && j + 1 < limit &&
         toks[j + 1].pos == Pos::kNum)) {
      ++j;
      continue;
    }
    if (CapitalisedName(toks, j, limit) || (j == begin && OpeningNameWord(toks, j, limit))) {
      // "Lynch said", "James Zogby": a name the tagger took for a verb
      noun = true;
      ++j;
      continue;
    }
    if (!InPhrase(t) && !JoinsNames(toks, j) && !IsModifierNoun(toks, j, limit) &&
        !(t.norm == "the" && j > begin && JoinsNames(toks, j - 1))) {
      break;
    }
    if (t.pos == Pos::kDet && j > begin && !JoinsNames(toks, j - 1)) break;  // "told reporters the"
    noun |= IsNounish(t);
    ++j;
  }
  // A trailing possessive belongs to what follows: "said Clinton's" is not a speaker.
  while (j > begin && toks[j - 1].pos == Pos::kPossessive) --j;
  if (!noun || j == begin) return false;
  *out = SpeakerMention{begin, j, false};
  return true;
}

// "Phil Lovas, the state's campaign chairman, said" and "Trump, speaking to veterans in
// Virginia, said": the speaker before an apposition or participle clause closed by the
// comma at `comma`.
bool SpeakerBeforeApposition(const std::vector<Token>& toks, uint32_t sb, uint32_t comma,
                             SpeakerMention* out) {
  const uint32_t stop = comma > sb + 30 ? comma - 30 : sb;
  for (uint32_t c = comma; c-- > stop;) {
    const Token& t = toks[c];
    if (t.norm == "." || t.norm == ";" || t.norm == "\"" || t.norm == "'") return false;
    if (t.norm != ",") continue;
    SpeakerMention sp;
    if (!SpeakerBefore(toks, sb, c, &sp) || sp.pronoun) continue;
    // The speaker opens the sentence, after at most a sentence adverb ("Even China, …"),
    // or follows an opening phrase closed by a comma.
    uint32_t k = sb;
    while (k < sp.begin && (toks[k].pos == Pos::kAdv || toks[k].pos == Pos::kConj)) ++k;
    if (k == sp.begin || toks[sp.begin - 1].norm == ",") {
      *out = sp;
      return true;
    }
  }
  return false;
}

bool SpeakerResolver::NameRun(uint32_t begin, uint32_t end, uint32_t* rb, uint32_t* re) const {
  const std::vector<Token>& toks = doc_.tokens;
  // The last run of capitalised proper nouns, titles left out; a party label in
  // parentheses ("(D-N.C.)") is not the name.
  uint32_t e = end;
  if (e > begin && toks[e - 1].norm == ")") {
    uint32_t k = e - 1;
    while (k > begin && toks[k].norm != "(") --k;
    if (toks[k].norm == "(") e = k;
  }
  while (e > begin && !(toks[e - 1].capitalised && toks[e - 1].pos == Pos::kProperNoun &&
                        !IsTitleWord(toks[e - 1].norm))) {
    --e;
  }
  if (e == begin) return false;
  uint32_t b = e - 1;
  while (b > begin && (IsNameWord(toks[b - 1]) || toks[b - 1].norm == "-")) --b;
  *rb = b;
  *re = e;
  return true;
}

bool SpeakerResolver::FullName(uint32_t tok, uint32_t* rb, uint32_t* re) const {
  const std::vector<Token>& toks = doc_.tokens;
  // A proper noun after a capitalised proper noun that is no title: what the search below
  // accepts. Each quote of a one-word name searches back through these, not every token.
  const auto extends_name = [&toks](uint32_t b) {
    return toks[b - 1].capitalised && toks[b - 1].pos == Pos::kProperNoun &&
           !IsTitleWord(toks[b - 1].norm);
  };
  if (tok > name_ends_scanned_) {
    const Token* t = toks.data();
    bool after_proper = t[name_ends_scanned_ - 1].pos == Pos::kProperNoun;
    for (uint32_t i = name_ends_scanned_; i < tok; ++i) {
      const bool proper = t[i].pos == Pos::kProperNoun;
      if (proper && after_proper && extends_name(i)) name_ends_.push_back(i);
      after_proper = proper;
    }
    name_ends_scanned_ = tok;
  }
  const auto first_after = std::lower_bound(name_ends_.begin(), name_ends_.end(), tok);
  for (auto it = first_after; it != name_ends_.begin();) {
    const uint32_t i = *--it;
    if (toks[i].norm != toks[tok].norm) continue;
    uint32_t b = i;
    while (b > 0 && extends_name(b) && i - b < 3) --b;
    *rb = b;
    *re = i + 1;
    return true;
  }
  return false;
}

bool SpeakerResolver::PersonBefore(uint32_t tok, uint32_t* rb, uint32_t* re) const {
  const std::vector<Token>& toks = doc_.tokens;
  // A person the actor recogniser found: a name of two words or more.
  // Antecedents are looked for within a window before the pronoun: a pronoun does not
  // reach back further in news prose, and an unbounded search is quadratic in the number
  // of quotations of a long document.
  constexpr uint32_t kWindow = 2000;
  const uint32_t floor = tok > kWindow ? tok - kWindow : 0;
  for (auto it = doc_.actors.rbegin(); it != doc_.actors.rend(); ++it) {
    if (it->token_end <= floor) break;
    if (it->token_end > tok || it->is_pronoun || it->name.find(' ') == std::string::npos) {
      continue;
    }
    *rb = it->token_begin;
    *re = it->token_end;
    return true;
  }
  // Otherwise the nearest run of two or more capitalised names, titles left out.
  for (uint32_t i = tok; i-- > floor;) {
    if (!IsNameWord(toks[i])) continue;
    uint32_t b = i;
    while (b > 0 && IsNameWord(toks[b - 1]) && i - b < 3) --b;
    if (b < i) {
      *rb = b;
      *re = i + 1;
      return true;
    }
    i = b;
  }
  return false;
}

const ActorMention* SpeakerResolver::ActorAt(uint32_t begin, uint32_t end) const {
  const Span s{doc_.tokens[begin].span.begin, doc_.tokens[end - 1].span.end};
  for (const ActorMention& a : doc_.actors) {
    if (a.span.Overlaps(s) && !a.country_adjective) return &a;
  }
  return nullptr;
}

std::string SpeakerResolver::RunText(uint32_t rb, uint32_t re) const {
  return std::string(doc_.Text(Span{doc_.tokens[rb].span.begin, doc_.tokens[re - 1].span.end}));
}

void SpeakerResolver::Resolve(const SpeakerMention& m, Quote* q) {
  const std::vector<Token>& toks = doc_.tokens;
  q->speaker_span = Span{toks[m.begin].span.begin, toks[m.end - 1].span.end};
  const ActorMention* actor = ActorAt(m.begin, m.end);
  if (m.pronoun) {
    const std::string& w = toks[m.begin].norm;
    if (actor && actor->is_pronoun) {
      q->speaker_name = actor->name;
      q->speaker_code = actor->code;
    } else if ((w == "he" || w == "she" || w == "who") && !named_.empty()) {
      // The nearest named speaker before the pronoun.
      for (auto it = named_.rbegin(); it != named_.rend(); ++it) {
        if (it->token < m.begin) {
          q->speaker_name = it->name;
          q->speaker_code = it->code;
          break;
        }
      }
    }
    uint32_t rb = 0, re = 0;
    if (q->speaker_name.empty() && (w == "he" || w == "she") && PersonBefore(m.begin, &rb, &re)) {
      q->speaker_name = RunText(rb, re);
      if (const ActorMention* a = ActorAt(rb, re)) q->speaker_code = a->code;
    }
    if (q->speaker_name.empty()) q->speaker_name = std::string(doc_.Text(toks[m.begin].span));
    return;
  }
  // The name and the actor are looked for in the phrase's head ("the UN agency" of "the UN
  // agency for Palestinian refugees").
  const uint32_t head_end = m.head_end > m.begin ? m.head_end : m.end;
  if (head_end != m.end) actor = ActorAt(m.begin, head_end);
  uint32_t rb = 0, re = 0;
  if (NameRun(m.begin, head_end, &rb, &re)) {
    uint32_t fb = 0, fe = 0;
    if (re == rb + 1 && FullName(rb, &fb, &fe)) {  // "Mr Trump" -> "Donald Trump"
      rb = fb;
      re = fe;
    }
    q->speaker_name = RunText(rb, re);
    // The named person, not an organisation in their description ("retired Air Force
    // general Lloyd Newton").
    actor = ActorAt(rb, re);
  } else {
    q->speaker_name = RunText(m.begin, m.end);
  }
  if (actor) {
    q->speaker_code = actor->code;
    if (!actor->name.empty()) q->speaker_name = actor->name;
  }
  named_.push_back(Named{m.begin, q->speaker_name, q->speaker_code});
}

}  // namespace faultline
