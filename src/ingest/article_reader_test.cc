#include "ingest/article_reader.h"

#include <gtest/gtest.h>

namespace faultline {
namespace {

Document Parse(std::string_view line) {
  Document doc;
  ParseJsonlRecord(line, 7, ReaderOptions{}, doc);
  return doc;
}

TEST(ArticleReader, ReadsAFullRecord) {
  Document d = Parse(R"({"id":"a1","text":"Rebels attacked.","date":"2019-12-27T10:00:00Z","title":"T","url":"u"})");
  EXPECT_EQ(d.error, "");
  EXPECT_EQ(d.id, "a1");
  EXPECT_EQ(d.date, "2019-12-27");
  EXPECT_EQ(d.title, "T");
}

TEST(ArticleReader, NumericIdsBecomeStrings) { EXPECT_EQ(Parse(R"({"id":42,"text":"x y"})").id, "42"); }

TEST(ArticleReader, BadRecordsNameTheReason) {
  EXPECT_EQ(Parse("{broken").error, "broken JSON");
  EXPECT_EQ(Parse("{broken").id, "line 7");
  EXPECT_EQ(Parse(R"({"text":"x"})").error, "missing \"id\"");
  EXPECT_EQ(Parse(R"({"id":"","text":"x"})").error, "missing \"id\"");
  EXPECT_EQ(Parse(R"({"id":"","text":"x"})").id, "line 7");
  EXPECT_EQ(Parse(R"({"id":[[1]],"text":"x"})").error, "missing \"id\"");
  const std::string deep = R"({"id":)" + std::string(100000, '[') + std::string(100000, ']') + R"(,"text":"x"})";
  EXPECT_EQ(Parse(deep).error, "missing \"id\"");
  EXPECT_EQ(Parse(R"({"id":"a","text":""})").error, "empty text");
  EXPECT_EQ(Parse(R"({"id":"a","text":"x\u0000y"})").error, "NUL byte at byte 1");
  EXPECT_EQ(Parse(R"({"id":"a","text":"x","date":"27/12/2019"})").error,
            "bad date \"27/12/2019\" (expected YYYY-MM-DD)");
  EXPECT_EQ(Parse(R"([1,2])").error, "expected a JSON object");
}

TEST(ArticleReader, RefusesHugeAndBinaryText) {
  EXPECT_NE(CheckArticleText(std::string(5u << 20, 'a'), 4u << 20).find("article too large"), std::string::npos);
  std::string binary(100, '\x01');
  EXPECT_NE(CheckArticleText(binary, 1000).find("binary content"), std::string::npos);
  EXPECT_EQ(CheckArticleText("fine text\n", 1000), "");
}

}  // namespace
}  // namespace faultline
