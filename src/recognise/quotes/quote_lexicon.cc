#include "recognise/quotes/quote_lexicon.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>

#include "util/flat_map.h"
#include "util/word_filter.h"

namespace faultline {
namespace {

using Words = std::initializer_list<std::string_view>;

// Asked of every token: a flat table, not a node-based map.
const FlatStringMap<uint8_t>& Cues() {
  static const auto* table = [] {
    auto* t = new FlatStringMap<uint8_t>();
    auto add = [&](uint8_t flags, Words words) {
      for (auto w : words) (*t)[w] |= flags;
    };
    add(kQuoteCue,
        {"said",       "says",       "say",        "saying",       "added",        "adds",
         "adding",     "wrote",      "writes",     "write",        "writing",      "tweeted",
         "tweets",     "tweeting",   "posted",     "noted",        "notes",        "noting",
         "reported",   "reports",    "announced",  "announces",    "argued",       "argues",
         "arguing",    "claimed",    "claims",     "claiming",     "stated",       "states",
         "explained",  "explains",   "explaining", "insisted",     "insists",      "insisting",
         "warned",     "warns",      "warning",    "acknowledged", "acknowledges", "admitted",
         "admits",     "declared",   "declares",   "asserted",     "asserts",      "contended",
         "maintained", "maintains",  "stressed",   "stresses",     "emphasized",   "emphasised",
         "recalled",   "recalls",    "predicted",  "predicts",     "promised",     "promises",
         "vowed",      "vows",       "pledged",    "denied",       "denies",       "confirmed",
         "confirms",   "revealed",   "reveals",    "asked",        "asks",         "asking",
         "replied",    "replies",    "responded",  "responds",     "answered",     "countered",
         "conceded",   "concedes",   "complained", "complains",    "charged",      "alleged",
         "alleges",    "continued",  "concluded",  "observed",     "remarked",     "suggested",
         "suggests",   "suggesting", "indicated",  "indicates",    "mused",        "quipped",
         "joked",      "cautioned",  "boasted",    "lamented",     "exclaimed",    "shouted",
         "yelled",     "testified",  "informed",   "estimated",    "imploring",    "implored",
         "urging",     "urged",      "pleaded",    "demanded",     "recounted",    "reiterated",
         "retorted",   "agreed",     "disclosed",  "told",         "tells",        "tell",
         "telling",    "concludes",  "continues",  "observes",     "remarks",      "quips",
         "jokes",      "cautions",   "boasts",     "laments",      "exclaims",     "shouts",
         "shouting",   "yells",      "yelling",    "testifies",    "pleads",       "demands",
         "recounts",   "reiterates", "retorts",    "discloses",    "counters",     "contends",
         "confessed",  "confesses",  "chanted",    "chanting",     "chant",        "chants",
         "barked"});
    add(kObjectFirst,
        {"told", "tells", "tell", "telling", "informed", "warned", "warns", "assured", "reminded",
         "urged", "urging", "imploring", "implored", "asked", "asks", "asking"});
    add(kQuoteCue | kNeedsThat,
        {"believes", "believe",  "believed",   "think",    "thinks",      "hopes",    "hoped",
         "fears",    "feared",   "showed",     "shows",    "show",        "found",    "finds",
         "learned",  "learnt",   "knows",      "knew",     "felt",        "feels",    "expects",
         "expected", "assured",  "reminded",   "signaled", "signalled",   "hinted",   "worried",
         "worries",  "wondered", "complained", "decided",  "understands", "realized", "realised",
         "thought",  "agrees",   "alleging",   "pointed",  "mentioned",   "wants"});
    add(kCueGerund, {"saying", "adding", "noting", "arguing", "claiming", "insisting", "warning",
                     "imploring", "urging", "explaining", "writing", "tweeting", "accusing",
                     "calling", "suggesting", "asking", "telling"});
    add(kQuoteCue | kAccuseOf, {"accused", "accusing", "accuses", "accuse"});
    return t;
  }();
  return *table;
}

// Asked of every word of a speaker phrase: a flat table.
const FlatStringMap<uint8_t>& Titles() {
  static const auto* set = [] {
    auto* t = new FlatStringMap<uint8_t>();
    for (std::string_view w :
         Words{"mr",        "mr.",        "mrs",         "mrs.",         "ms",
               "ms.",       "dr",         "dr.",         "president",    "gov.",
               "governor",  "sen.",       "senator",     "rep.",         "representative",
               "secretary", "minister",   "prime",       "gen.",         "general",
               "col.",      "lt.",        "maj.",        "capt.",        "sgt.",
               "prof.",     "professor",  "rev.",        "sir",          "lord",
               "lady",      "dame",       "judge",       "justice",      "chancellor",
               "mayor",     "ambassador", "chairman",    "chairwoman",   "speaker",
               "leader",    "spokesman",  "spokeswoman", "spokesperson", "candidate",
               "nominee",   "former",     "presumptive", "vice",         "deputy",
               "king",      "queen",      "prince",      "princess",     "pope",
               "sheikh",    "us",         "u.s."}) {
      (*t)[w] = 1;
    }
    return t;
  }();
  return *set;
}

}  // namespace

const WordFilter& QuoteCueFilter() {
  static const WordFilter* words = new WordFilter(WordFilter::OfKeys(Cues()));
  return *words;
}

size_t QuoteCueMinLength() {
  static const size_t length = [] {
    size_t shortest = SIZE_MAX;
    Cues().ForEachKey([&](std::string_view w) { shortest = std::min(shortest, w.size()); });
    return shortest;
  }();
  return length;
}

uint8_t QuoteCueFlags(std::string_view norm) {
  // A few hundred cue words; nearly every token is none and stops at the filter.
  if (!QuoteCueFilter().MayContain(norm)) return 0;
  const uint8_t* flags = Cues().Find(norm);
  return flags ? *flags : 0;
}

bool IsTitleWord(std::string_view norm) { return Titles().Find(norm) != nullptr; }

bool IsInstitutionNoun(std::string_view norm) {
  static constexpr std::string_view kNouns[] = {
      "agency",    "office",     "commission", "committee",   "council",      "fund",
      "programme", "program",    "ministry",   "department",  "bureau",       "secretariat",
      "mission",   "institute",  "foundation", "association", "organization", "organisation",
      "authority", "tribunal",   "coalition",  "alliance",    "network",      "centre",
      "center",    "observatory"};
  for (std::string_view w : kNouns) {
    if (norm == w) return true;
  }
  return false;
}

bool IsSpeakerPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i" || w == "who";
}

std::string_view MediumOf(std::string_view w) {
  if (w == "tweet" || w == "tweeted" || w == "tweets" || w == "twitter" || w == "tweeting") {
    return "tweet";
  }
  if (w == "statement") return "statement";
  if (w == "interview") return "interview";
  if (w == "facebook") return "facebook";
  if (w == "email" || w == "e-mail") return "email";
  if (w == "speech") return "speech";
  if (w == "letter") return "letter";
  if (w == "press" || w == "conference" || w == "briefing") return "press conference";
  return {};
}

}  // namespace faultline
