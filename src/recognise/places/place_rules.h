// Word lists the place recogniser consults around a name: what kind of place a following word
// says it is ("province"), directions ("northern"), the small words that may sit inside a name
// ("Ma'arrat an-Nu'man", "Isle of Man"), and the words that show a name is not a place at all
// ("the Washington Post", "Mr. Jordan"). All take a token's `norm` (lower case).
#pragma once

#include <string_view>

#include "recognise/places/gazetteer_format.h"

namespace faultline::places {

// What a type word says about the place it follows or precedes.
enum class TypeHint : uint8_t { kNone, kAdmin1, kAdmin2, kCity, kRegion };

TypeHint TypeWordHint(std::string_view norm);
// True when an entry of `kind` is what `hint` asks for.
bool HintMatches(TypeHint hint, PlaceKind kind);

bool IsDirectionWord(std::string_view norm);    // northern, south-eastern, central ...
bool IsNameConnector(std::string_view norm);    // of, de, al, el, an, la ...
bool IsBorderWord(std::string_view norm);       // border, frontier, borders
bool IsNearWord(std::string_view norm);         // near, outside, outskirts: precision 2
bool IsLocativePreposition(std::string_view norm);  // in, at, near, from, to ...
// A capitalised word after a place name that makes the whole a publication or a team:
// "Post", "Times", "Herald".
bool IsMediaHead(std::string_view norm);
// Titles before a person's name: "mr.", "dr.", "president", "gov.", "sheriff".
bool IsPersonTitle(std::string_view norm);
// Capitalised words that may precede a place name without making it part of another name:
// "Greater", "Downtown", "Metro", "Central"...
bool IsPlacePrefixWord(std::string_view norm);
// Words after a name that make it a street or road: "Street", "St.", "Avenue", "Highway".
bool IsStreetWord(std::string_view norm);
// Words that name a kind of place, not a place, when they stand alone: "City", "Gulf", "Metro".
bool IsGenericPlaceWord(std::string_view norm);
// Common English given names ("andrew", "margaret", "bill"): a capitalised word after one is a
// surname, and the name itself next to a surname is a person.
bool IsGivenName(std::string_view norm);
// Verbs of saying that follow a speaker's name: "Trapani said", "Burley says".
bool IsSpeechVerb(std::string_view norm);
// Month and weekday names: "March 16", "on Monday".
bool IsCalendarWord(std::string_view norm);
// Names (folded) that gazetteers share with organisations, institutions, religions and groups
// far more often named in the news than the places: "white house", "hamas", "jewish".
bool IsNonPlaceEntity(std::string_view folded);
// Countries whose place names reach English text through transliteration from another script
// (Arabic, Persian, Cyrillic, Indic, East Asian...). The transliteration-key tier is for them
// alone: elsewhere a loose key turns surnames into towns ("Verduin", "Hartmann").
bool IsTransliteratedCountry(std::string_view iso2);

}  // namespace faultline::places
