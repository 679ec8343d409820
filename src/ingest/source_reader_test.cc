// One test per ingest format, each with malformed input next to good input: the bad
// document gets an error naming it and the reason, and the batch goes on.
#include "ingest/source_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "ingest/feed_date.h"
#include "ingest/html_extract.h"

namespace faultline {
namespace {

namespace fs = std::filesystem;

class SourceReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("fl-src-" + std::to_string(getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  static std::vector<Document> ReadAll(const std::vector<std::string>& sources) {
    SourceOptions options;
    auto reader = OpenSources(sources, options);
    std::vector<Document> docs;
    Document d;
    while (reader->Next(d)) docs.push_back(d);
    return docs;
  }

  fs::path dir_;
};

const char kEnglish[] =
    "Government forces shelled the town on Monday, killing twelve civilians, local officials "
    "said. The United Nations called for an immediate ceasefire and for aid to be allowed in.";

std::string WarcRecord(const std::string& uri, const std::string& html, bool truncate = false) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
  std::string rec = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2019-12-27T10:00:00Z\r\n"
                    "WARC-Target-URI: " + uri + "\r\nContent-Type: application/http; msgtype=response\r\n"
                    "Content-Length: " + std::to_string(http.size()) + "\r\n\r\n";
  if (truncate) http.resize(http.size() / 2);
  return rec + http + (truncate ? "" : "\r\n\r\n");
}

std::string Page(const std::string& body, const std::string& date = "2019-12-26") {
  return "<!DOCTYPE html><html><head><title>Shelling in Idlib</title>"
         "<meta property=\"article:published_time\" content=\"" + date + "T08:00:00Z\">"
         "</head><body><nav>Home | World | Sport</nav><article><p>" + body +
         "</p></article><footer>Copyright</footer></body></html>";
}

TEST_F(SourceReaderTest, TextFileTakesDateFromItsName) {
  auto docs = ReadAll({Write("2019-12-27-idlib.txt", kEnglish), Write("empty.txt", "  \n")});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].error, "");
  EXPECT_EQ(docs[0].date, "2019-12-27");
  EXPECT_EQ(docs[0].url.rfind("file://", 0), 0u);
  EXPECT_EQ(docs[1].id, "empty.txt");
  EXPECT_EQ(docs[1].error, "empty.txt: empty text");
}

TEST_F(SourceReaderTest, Latin1TextIsConverted) {
  std::string latin1 = std::string(kEnglish) + " The caf\xe9 was destroyed.";
  auto docs = ReadAll({Write("latin1.txt", latin1)});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].error, "");
  EXPECT_NE(docs[0].text.find("caf\xc3\xa9"), std::string::npos);
}

TEST_F(SourceReaderTest, HtmlKeepsArticleDropsNavigationAndFailsWithoutBody) {
  auto docs = ReadAll({Write("a.html", Page(kEnglish)),
                       Write("b.html", "<html><head><title>x</title></head><body></body></html>")});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].error, "");
  EXPECT_EQ(docs[0].title, "Shelling in Idlib");
  EXPECT_EQ(docs[0].date, "2019-12-26");
  EXPECT_EQ(docs[0].text.find("Home"), std::string::npos);
  EXPECT_EQ(docs[0].text.find("Copyright"), std::string::npos);
  EXPECT_EQ(docs[1].error, "b.html: HTML page has no body text");
}

TEST_F(SourceReaderTest, JsonLinesBadRecordDoesNotStopTheFile) {
  std::string jsonl = std::string("{\"id\":\"1\",\"text\":\"") + kEnglish +
                      "\",\"date\":\"2020-01-01\"}\n{broken\n{\"id\":\"3\",\"text\":\"" + kEnglish + "\"}\n";
  auto docs = ReadAll({Write("a.jsonl", jsonl)});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].error, "");
  EXPECT_EQ(docs[1].error, "broken JSON");
  EXPECT_EQ(docs[1].id, "line 2");
  EXPECT_EQ(docs[2].error, "");
}

TEST_F(SourceReaderTest, RssItemWithBadDateIsAnErrorOthersAreRead) {
  std::string rss = std::string(
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
      "<item><title>Shelling</title><link>https://example.org/1</link>"
      "<pubDate>Fri, 27 Dec 2019 10:00:00 GMT</pubDate><description><![CDATA[<p>") +
      kEnglish + "</p>]]></description></item>"
      "<item><title>Bad</title><link>https://example.org/2</link><pubDate>someday</pubDate>"
      "<description>x</description></item></channel></rss>";
  auto docs = ReadAll({Write("feed.rss", rss)});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].error, "");
  EXPECT_EQ(docs[0].url, "https://example.org/1");
  EXPECT_EQ(docs[0].date, "2019-12-27");
  EXPECT_EQ(docs[1].error, "feed.rss item 2 (\"Bad\"): bad date \"someday\"");
}

TEST_F(SourceReaderTest, AtomEntriesAndBrokenFeed) {
  std::string atom = std::string(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title>"
      "<link href=\"https://example.org/a\"/><published>2020-02-29T10:00:00Z</published>"
      "<content type=\"html\">") + kEnglish + "</content></entry></feed>";
  auto docs = ReadAll({Write("a.atom", atom), Write("b.xml", "<rss><channel>")});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].error, "");
  EXPECT_EQ(docs[0].date, "2020-02-29");
  EXPECT_EQ(docs[0].url, "https://example.org/a");
  EXPECT_NE(docs[1].error, "");
}

TEST_F(SourceReaderTest, WarcGzWithTruncatedRecord) {
  std::string warc = WarcRecord("https://example.org/ok", Page(kEnglish)) +
                     WarcRecord("https://example.org/cut", Page(kEnglish), /*truncate=*/true);
  std::string path = (dir_ / "crawl.warc.gz").string();
  gzFile f = gzopen(path.c_str(), "wb");
  gzwrite(f, warc.data(), static_cast<unsigned>(warc.size()));
  gzclose(f);
  auto docs = ReadAll({path, Write("after.txt", kEnglish)});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].error, "");
  EXPECT_EQ(docs[0].url, "https://example.org/ok");
  EXPECT_EQ(docs[0].source, "example.org");
  EXPECT_EQ(docs[0].date, "2019-12-26");  // the page's date, not the crawl's
  EXPECT_EQ(docs[1].id, "https://example.org/cut");
  EXPECT_NE(docs[1].error.find("record 2: truncated record"), std::string::npos) << docs[1].error;
  EXPECT_EQ(docs[2].error, "");  // the batch goes on with the next source
}

TEST_F(SourceReaderTest, DirectoryIsWalkedAndNonEnglishSkipped) {
  Write("d/1.txt", kEnglish);
  Write("d/sub/2.txt",
        "Les forces gouvernementales ont bombard\xc3\xa9 la ville lundi, tuant douze civils, "
        "selon les responsables locaux. Les Nations unies ont appel\xc3\xa9 \xc3\xa0 un "
        "cessez-le-feu imm\xc3\xa9" "diat et \xc3\xa0 l'acc\xc3\xa8s de l'aide humanitaire.");
  auto docs = ReadAll({(dir_ / "d").string()});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].error, "");
  EXPECT_TRUE(faultline::IsSkipped(docs[1]));
  EXPECT_NE(docs[1].error.find("(fr)"), std::string::npos) << docs[1].error;
}

TEST_F(SourceReaderTest, MissingSourceIsAnErrorDocument) {
  auto docs = ReadAll({(dir_ / "nope.txt").string(), Write("ok.txt", kEnglish)});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_NE(docs[0].error.find("cannot open"), std::string::npos);
  EXPECT_EQ(docs[1].error, "");
}

TEST(FeedDate, Rfc822AndIso) {
  EXPECT_EQ(ParseFeedDate("Fri, 27 Dec 2019 10:00:00 GMT"), "2019-12-27");
  EXPECT_EQ(ParseFeedDate("27 December 19 10:00 +0000"), "2019-12-27");
  EXPECT_EQ(ParseFeedDate("2020-02-29T00:00:00Z"), "2020-02-29");
  EXPECT_EQ(ParseFeedDate("2019-02-29"), "");
  EXPECT_EQ(ParseFeedDate("Fri, 32 Dec 2019"), "");
  EXPECT_EQ(ParseFeedDate("tomorrow"), "");
}

}  // namespace
}  // namespace faultline
