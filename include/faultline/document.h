// Document: one news article and every annotation layer the pipeline adds to it.
//
// The original text is immutable once the Document is made. Every annotation holds a
// Span of byte offsets into that text, so any layer can be shown, highlighted or
// re-checked against the exact characters it came from. Output converts byte offsets
// to Unicode code point offsets (see util/utf8.h) because that is what users' tools count.
//
// Layers are filled stage by stage (src/README.md): segment fills tokens and
// sentences; recognise fills actors, places, timex, counts and quotes; code fills events;
// resolve attaches dates, places and counts to events. A stage never edits an earlier
// stage's layer except to link to it by index.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace faultline {

// Half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Coarse part of speech; enough for finding clauses, subjects, objects and passives.
enum class Pos : uint8_t {
  kUnknown,
  kNoun,
  kProperNoun,
  kVerb,      // lexical verb
  kAux,       // be, have, do as auxiliaries
  kModal,     // will, would, can, may, must, should, could, might, shall
  kAdj,
  kAdv,
  kDet,
  kPrep,
  kPron,
  kConj,      // and, or, but
  kSubord,    // that, because, while, if, although ...
  kWh,        // who, which, whom, whose, what, where, when
  kNum,
  kTo,        // infinitival or prepositional "to"
  kNeg,       // not, n't, never, no
  kPunct,
  kPossessive,  // 's
};

const char* PosName(Pos pos);

struct Token {
  Span span;
  std::string norm;   // NFC, lower case, curly quotes and dashes folded to ASCII
  std::string lemma;  // dictionary form (verbs: infinitive; nouns: singular)
  Pos pos = Pos::kUnknown;
  bool capitalised = false;  // first letter upper case in the original
  bool verb_past_participle = false;  // tagger's guess: "-ed"/"-en" form
  bool verb_gerund = false;           // "-ing" form
  bool space_before = false;          // whitespace precedes it in the original
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // index into Document::tokens
  uint32_t token_end = 0;    // one past the last token
  uint32_t paragraph = 0;
};

// A recognised actor: a country, a named actor, or an agent (role) with or without a
// country, e.g. "Syrian government forces" -> SYRMIL.
struct ActorMention {
  Span span;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  uint32_t sentence = 0;
  std::string code;      // CAMEO actor code: SYR, SYRMIL, IGOUNO, USAGOV ...
  std::string name;      // canonical name: "Donald Trump", "Syria", "Syrian military"
  std::vector<std::string> entries;  // dictionary entry ids that produced it
  bool country_adjective = false;    // "Syrian", "Russian": modifies a noun, not a subject on its own
  bool is_pronoun = false;           // "he", "they" resolved by coreference
};

// A reference to an actor inside an event or quote.
struct ActorRef {
  std::string code;
  std::string name;
  Span span;
};

enum class Modality : uint8_t { kAsserted, kFuture, kHypothetical, kIntended, kDemanded, kReported };
const char* ModalityName(Modality m);

struct Provenance {
  std::string pattern;               // verb-pattern id, e.g. "verbs/19.txt:120"
  std::vector<std::string> entries;  // dictionary entry ids used for the actors
  std::string dictionary_version;
  std::string date_rule;             // how the date was chosen: clause, sentence, publication
  std::string place_rule;            // clause, sentence, article
};

struct Event {
  uint32_t sentence = 0;
  Span span;                         // the trigger (verb phrase or event noun)
  std::string code;                  // CAMEO, e.g. "190"
  std::optional<ActorRef> source;
  std::optional<ActorRef> target;
  std::string date;                  // ISO date, as precise as known ("2019-12", "2019-12-26")
  std::string date_precision;        // day, month, year, approx
  std::optional<uint32_t> place;     // index into Document::places
  std::string place_precision;
  bool negated = false;
  Modality modality = Modality::kAsserted;
  std::optional<ActorRef> attributed_to;
  double confidence = 0.0;
  Provenance provenance;
  std::vector<uint32_t> counts;      // indices into Document::counts
};

struct Place {
  Span span;
  std::string name;
  double lat = 0, lon = 0;
  std::string country;   // ISO 3166-1 alpha-2
  std::string admin1;
  std::string feature;   // GeoNames feature code, or "REGION"/"BORDER" for authored regions
  int64_t geonameid = 0;
  int precision = 7;     // UCDP GED: 1 exact place ... 7 country
  bool adjectival = false;
  std::string tier;      // exact, folded, translit
};

struct Timex {
  Span span;
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // TIMEX3 value
};

struct Count {
  Span span;
  std::optional<double> quantity;
  std::optional<double> low, high;
  std::string qualifier;  // exact, about, at_least, more_than, at_most, fewer_than, range, vague
  std::string category;   // killed, injured, displaced ...
  std::string unit;       // people, households, houses
  std::optional<Span> who;
};

struct Quote {
  Span span;
  bool direct = true;
  std::optional<Span> speaker_span;
  std::string speaker_name;
  std::string speaker_code;
  std::optional<Span> cue;
  std::string medium;  // tweet, statement, interview ...
};

struct Document {
  std::string id;
  std::string text;   // the original, immutable once set
  std::string date;   // publication date, YYYY-MM-DD, may be empty
  std::string title, url, source;
  std::string error;  // non-empty when the article could not be processed

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<ActorMention> actors;
  std::vector<Event> events;
  std::vector<Place> places;
  std::vector<Timex> timex;
  std::vector<Count> counts;
  std::vector<Quote> quotes;

  std::string_view Text(const Span& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace faultline
