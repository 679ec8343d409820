#include "recognise/actors/actor_recogniser.h"

#include <map>

namespace faultline {
namespace {

struct RawMention {
  uint32_t begin, end;
  const ActorEntry* entry;
  uint32_t entry_id;
};

// Roles that belong to a state or a society, which a bare agent inherits a country for.
bool TakesCountry(std::string_view role) {
  static const char* kRoles[] = {"GOV", "MIL", "COP", "CVL", "REB", "OPP", "JUD", "LEG",
                                 "SPY", "MED", "EDU", "BUS", "LAB", "REF", "IDP", "CRM",
                                 "ELI", "NGO", "PTY", "HLH", "AGR", "ENV", "DEV", "RAD",
                                 "MOD", "UAF", "INS", "SEP", "REL", "JRN", "HRI"};
  for (const char* r : kRoles) {
    if (role.substr(0, 3) == r) return true;
  }
  return false;
}

// "Turkish-backed", "al-Qaeda-linked": the country or group qualifies someone else.
bool QualifiesOther(const Document& doc, uint32_t end, uint32_t limit) {
  if (end + 1 >= limit) return false;
  const Token& dash = doc.tokens[end];
  const Token& next = doc.tokens[end + 1];
  if (dash.norm != "-" || dash.space_before) return false;
  static const char* kWords[] = {"backed",    "linked",    "led",     "allied",     "affiliated",
                                 "supported", "sponsored", "aligned", "controlled", "held",
                                 "run",       "based",     "trained", "funded",     "armed",
                                 "inspired",  "born"};
  for (const char* w : kWords) {
    if (next.norm == w) return true;
  }
  return false;
}

bool IsBareCountryCode(const std::string& code) { return code.size() == 3; }

}  // namespace

int DocumentDateNumber(const Document& doc) {
  int d =
      ActorDictionary::ParseDate(doc.date.size() >= 10 ? std::string_view(doc.date).substr(0, 10)
                                                       : std::string_view(doc.date));
  return d < 0 ? 0 : d;
}

void RecogniseActors(Document& doc, const ActorDictionary& dict) {
  doc.actors.clear();
  const int date = DocumentDateNumber(doc);
  const PhraseTrie& trie = dict.trie();
  std::map<std::string, int> country_votes;
  std::vector<bool> bare_agent;  // parallel to doc.actors
  std::vector<RawMention> raw;   // one sentence's dictionary matches; storage reused
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    raw.clear();
    for (uint32_t i = sent.token_begin; i < sent.token_end;) {
      PhraseTrie::Match m = trie.LongestAt(doc.tokens, i, sent.token_end);
      const PhraseTrie::Value* chosen = nullptr;
      if (m.values) {
        for (const PhraseTrie::Value& v : *m.values) {
          if (v.case_sensitive && !WrittenInCapitals(doc, i, m.end)) continue;
          chosen = &v;  // later files win
        }
      }
      // A lower-case single word that is a named actor's alias only when capitalised
      // ("turkey" the bird, "chad"): require a capital for non-agent one-token matches.
      if (chosen && m.end == i + 1 && dict.entry(chosen->id).kind != ActorKind::kAgent &&
          !doc.tokens[i].capitalised) {
        chosen = nullptr;
      }
      if (!chosen) {
        ++i;
        continue;
      }
      const ActorEntry& e = dict.entry(chosen->id);
      if (dict.CodeOn(e, date).empty()) {
        ++i;
        continue;
      }
      raw.push_back(RawMention{i, m.end, &e, chosen->id});
      i = m.end;
    }
    // Compose qualifier + agent, emit mentions.
    for (size_t k = 0; k < raw.size(); ++k) {
      const RawMention& r = raw[k];
      const std::string code = dict.CodeOn(*r.entry, date);
      if (r.entry->kind != ActorKind::kAgent) {
        if (QualifiesOther(doc, r.end, sent.token_end)) continue;
        // Is it followed by an agent, directly, after "'s", or after up to two modifiers?
        if (k + 1 < raw.size() && raw[k + 1].entry->kind == ActorKind::kAgent) {
          const RawMention& a = raw[k + 1];
          uint32_t gap = a.begin - r.end;
          bool joined = gap == 0;
          if (!joined && gap <= 2) {
            joined = true;
            for (uint32_t g = r.end; g < a.begin; ++g) {
              const Token& t = doc.tokens[g];
              if (!(t.pos == Pos::kPossessive || t.pos == Pos::kAdj || t.norm == "-" ||
                    (t.pos == Pos::kNoun && g + 1 == a.begin))) {
                joined = false;
              }
            }
          }
          if (joined) {
            const std::string role = dict.CodeOn(*a.entry, date);
            ActorMention m;
            m.token_begin = r.begin;
            m.token_end = a.end;
            m.sentence = s;
            m.code = IsBareCountryCode(code) ? code + role : code;
            m.name = r.entry->name + " " + a.entry->name;
            m.entries = {r.entry->id, a.entry->id};
            doc.actors.push_back(std::move(m));
            bare_agent.resize(doc.actors.size(), false);
            if (IsBareCountryCode(code)) ++country_votes[code];
            ++k;
            continue;
          }
        }
        if (r.entry->kind == ActorKind::kAdjective) {
          ++country_votes[code];
          // "Syrians" stands alone as the people of the country.
          const Token& last = doc.tokens[r.end - 1];
          if (!(last.norm.size() > 1 && last.norm.back() == 's' && last.pos != Pos::kAdj &&
                (r.end >= sent.token_end || doc.tokens[r.end].pos != Pos::kNoun))) {
            continue;
          }
        }
        if (r.entry->kind == ActorKind::kCountry) ++country_votes[code];
      }
      ActorMention m;
      m.token_begin = r.begin;
      m.token_end = r.end;
      m.sentence = s;
      m.code = code;
      m.name = r.entry->name;
      m.entries = {r.entry->id};
      m.country_adjective = r.entry->kind == ActorKind::kAdjective;
      doc.actors.push_back(std::move(m));
      bare_agent.resize(doc.actors.size(), false);
      bare_agent.back() = r.entry->kind == ActorKind::kAgent;
    }
  }
  // Bare state agents take the sentence's country, else the article's focus country.
  // The focus is the country named most often; a tie means the article has none.
  std::string focus;
  int best = 0;
  for (const auto& [code, votes] : country_votes) {
    if (votes > best) {
      best = votes;
      focus = code;
    } else if (votes == best) {
      focus.clear();
    }
  }
  // The first country of each sentence named as a location ("civilians in Syria"), not an
  // actor of the sentence ("Russia is killing civilians" keeps the article's country).
  // Found once per sentence: scanning every mention for every bare agent was quadratic.
  std::vector<std::string> located_country(doc.sentences.size());
  for (size_t j = 0; j < doc.actors.size(); ++j) {
    const ActorMention& o = doc.actors[j];
    const bool located = o.token_begin > 0 && doc.tokens[o.token_begin - 1].pos == Pos::kPrep &&
                         doc.tokens[o.token_begin - 1].norm != "by" &&
                         doc.tokens[o.token_begin - 1].norm != "with";
    if (located_country[o.sentence].empty() && !bare_agent[j] && o.entries.size() == 1 &&
        o.code.size() == 3 && country_votes.count(o.code) && located) {
      located_country[o.sentence] = o.code.substr(0, 3);
    }
  }
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    ActorMention& m = doc.actors[i];
    if (!bare_agent[i] || !TakesCountry(m.code)) continue;
    std::string country = located_country[m.sentence];
    const bool from_sentence = !country.empty();
    if (country.empty()) country = focus;
    if (!country.empty()) {
      m.code = country + m.code;
      m.entries.emplace_back(from_sentence ? "country:sentence" : "country:article");
    }
  }
  for (ActorMention& m : doc.actors) {
    m.span = Span{doc.tokens[m.token_begin].span.begin, doc.tokens[m.token_end - 1].span.end};
  }
}

}  // namespace faultline
