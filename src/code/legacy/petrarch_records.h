// Reader for PETRARCH XML validation records (PETR_Validate_records_2_02.xml):
//
//   <Environment> <Verbfile>V.txt</Verbfile> <Actorfile>A.txt</Actorfile> ... </Environment>
//   <Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
//   <EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
//   <EventCoding noevents="True" />          (or error="storydiscard" and the like)
//   <Text> Arnor is about to restore ... </Text>
//   <Parse> CoNLL-U, ignored: faultline works from the text </Parse>
//   </Sentence>
//
// The files are not well-formed XML (they carry "<PLEvent {...}>" lines), so this is a
// small tolerant reader rather than an XML parser: comments are removed, then each
// <Sentence> element is read for its attributes, expectations and text.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"

namespace faultline::petrarch {

struct ExpectedEvent {
  std::string code, source, target;
};

struct ValidationRecord {
  std::string id;
  std::string category;
  int32_t date = 0;  // YYYYMMDD, 0 when absent
  bool evaluate = true;
  std::string text;  // white space collapsed
  std::vector<ExpectedEvent> events;
  bool no_events = false;  // <EventCoding noevents="True">
  std::string error;       // <EventCoding error="...">: storydiscard, sentencediscard ...
  uint32_t line = 0;       // of the <Sentence> tag
};

struct ValidationSuite {
  std::map<std::string, std::string> environment;  // Verbfile, Actorfile, ... as written
  std::vector<std::string> include;                // <Include> categories, may be empty
  std::vector<ValidationRecord> records;
};

// Decodes the five predefined XML entities and numeric character references.
std::string DecodeXmlEntities(std::string_view s);

Status ParseValidationRecords(std::string_view file, std::string_view content,
                              ValidationSuite* suite);
Status LoadValidationRecords(const std::string& path, ValidationSuite* suite);

}  // namespace faultline::petrarch
