// The data lead's agreement dashboard against a real TLS server on a fresh database: three
// clinicians answered four cases; the page must show Krippendorff's alpha computed by hand, the
// pairwise alphas in the heatmap, the per-label alphas in the chart, the server's warnings, and
// new figures when a specialty or a date range narrows the annotations. A reply to an older
// question is dropped, and a refusal (a clinician's account, a vanished project) is said in words.
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>
#include <pqxx/pqxx>

#include <map>
#include <set>

#include "https_client.h"
#include "lead/agreement/agreement_dashboard.h"
#include "lead/agreement/agreement_filters.h"
#include "lead/agreement/agreement_request.h"
#include "lead/agreement/agreement_view_model.h"
#include "lead_test_support.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

namespace {

Json agreementSchema() {
  return Json::parse(R"({"version": 1, "fields": [
    {"id": "finding", "kind": "single_choice", "label": "Finding", "required": true,
     "options": [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]},
    {"id": "comment", "kind": "free_text", "label": "Comment"},
    {"id": "signs", "kind": "multi_choice", "label": "Signs",
     "options": [{"value": "fever", "label": "Fever"}, {"value": "rash", "label": "Rash"}]}]})");
}

bool near(double a, double b) { return std::abs(a - b) < 1e-9; }

}  // namespace

class LeadAgreementTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::unique_ptr<app::ApiClient> api_;
  std::vector<std::int64_t> cases_;
  std::int64_t projectId_ = 0;
  std::map<std::string, std::int64_t> users_;
  std::map<std::string, QString> pseudonyms_;
  std::string leadToken_;

  void exec(const std::string& sql) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    tx.exec(sql);
    tx.commit();
  }

  // A submitted annotation written straight into the tables, with a chosen submission time.
  void submitted(const std::string& user, int caseIndex, const Json& payload, const std::string& at) {
    seedSubmittedAnnotation(db_->url(), projectId_, cases_[static_cast<std::size_t>(caseIndex)], users_[user], payload, at);
  }

  static app::LeadProject project(const std::string& slug = "agree-ui") {
    return app::LeadProject::fromJson({{"slug", slug}, {"name", "Agreement UI"}, {"schema", agreementSchema()}, {"schema_version", 1}});
  }

  template <typename T>
  static T* child(QWidget& page, const char* name) {
    auto* w = page.findChild<T*>(QString::fromLatin1(name));
    if (!w) qFatal("no widget %s", name);
    return w;
  }

  // For a person checking the layout: CONCORD_SCREENSHOT_DIR=/some/dir keeps a picture of the page.
  static void keepPicture(QWidget& page, const char* name) {
    const QString dir = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) page.grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
  }

  // Runs `action` and waits for the dashboard's next answer; false if none came.
  static bool answered(app::AgreementDashboard& page, const std::function<void()>& action) {
    QSignalSpy spy(&page, &app::AgreementDashboard::loadFinished);
    action();
    return spy.wait(20000) || !spy.isEmpty();
  }

  static std::optional<double> value(app::AgreementDashboard& page) {
    return page.view() ? page.view()->value : std::nullopt;
  }

  static QString headline(app::AgreementDashboard& page) { return child<QLabel>(page, "agreementHeadline")->text(); }

  // The heatmap cell of two annotators (by pseudonym), found through the header labels.
  static QTableWidgetItem* cell(QTableWidget* heatmap, const QString& a, const QString& b) {
    int row = -1, column = -1;
    for (int i = 0; i < heatmap->rowCount(); ++i) {
      if (heatmap->verticalHeaderItem(i)->text() == a) row = i;
      if (heatmap->horizontalHeaderItem(i)->text() == b) column = i;
    }
    return row < 0 || column < 0 ? nullptr : heatmap->item(row, column);
  }

  // The chart's bars as (axis category, value).
  static std::vector<std::pair<QString, double>> bars(QChartView* view) {
    std::vector<std::pair<QString, double>> out;
    const auto series = view->chart()->series();
    if (series.size() != 1) return out;
    auto* bars = qobject_cast<QBarSeries*>(series.front());
    if (!bars || bars->barSets().size() != 1) return out;
    const auto axes = view->chart()->axes(Qt::Horizontal);
    auto* categories = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.front());
    if (!categories) return out;
    QBarSet* set = bars->barSets().front();
    for (int i = 0; i < set->count(); ++i) out.emplace_back(categories->at(i), set->at(i));
    return out;
  }

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    for (std::string name : {"alice", "bob", "carol"}) users_[name] = seedUser(db_->url(), name, "clinician", {"cardiology"});
    seedUser(db_->url(), "lead", "data_lead");
    projectId_ = seedProject(db_->url(), "agree-ui", agreementSchema(), 3);
    cases_ = seedCases(db_->url(), projectId_, 4);
    exec("UPDATE cases SET specialty = 'neurology' WHERE id = " + std::to_string(cases_[3]));
    exec(R"(UPDATE cases SET is_gold = true, gold_answer = '{"finding": "yes"}' WHERE id = )" + std::to_string(cases_[0]));
    {
      pqxx::connection conn(db_->url());
      pqxx::work tx(conn);
      for (const auto& [name, id] : users_)
        pseudonyms_[name] = QString::fromStdString(tx.exec_params1("SELECT pseudonym FROM users WHERE id = $1", id)[0].as<std::string>());
    }

    // finding: case 0 yes,yes,yes; case 1 yes,yes,no; case 2 no,no,no; case 3 (neurology, late)
    // yes,no,no. signs (alice and bob only): case 0 fever|fever; case 1 fever+rash|rash; case 2 none.
    const std::string early = "2026-01-01T10:00:00Z", late = "2026-01-10T10:00:00Z";
    submitted("alice", 0, {{"finding", "yes"}, {"signs", {"fever"}}}, early);
    submitted("bob", 0, {{"finding", "yes"}, {"signs", {"fever"}}}, early);
    submitted("carol", 0, {{"finding", "yes"}}, early);
    submitted("alice", 1, {{"finding", "yes"}, {"signs", {"fever", "rash"}}}, early);
    submitted("bob", 1, {{"finding", "yes"}, {"signs", {"rash"}}}, early);
    submitted("carol", 1, {{"finding", "no"}}, early);
    submitted("alice", 2, {{"finding", "no"}, {"signs", Json::array()}}, early);
    submitted("bob", 2, {{"finding", "no"}, {"signs", Json::array()}}, early);
    submitted("carol", 2, {{"finding", "no"}}, early);
    submitted("alice", 3, {{"finding", "yes"}}, late);
    submitted("bob", 3, {{"finding", "no"}}, late);
    submitted("carol", 3, {{"finding", "no"}}, late);

    server_ = std::make_unique<TestServer>(db_->url());
    api_ = std::make_unique<app::ApiClient>();
    QVERIFY(logInApi(*api_, *server_, QStringLiteral("lead")));
    HttpsClient c("127.0.0.1", server_->port(), server_->caFile());
    leadToken_ = c.login("lead", kTestPassword);
    QVERIFY(!leadToken_.empty());
  }
  void cleanupTestCase() {
    api_.reset();
    server_.reset();
    db_.reset();
  }

  void requestPathEncodesFiltersAndMakesTheLastDayInclusive() {
    app::AgreementRequest r;
    r.project = QStringLiteral("agree-ui");
    r.field = QStringLiteral("finding");
    r.specialty = QStringLiteral(" a&b c+d ");
    r.annotators = QStringLiteral("alice, ,bob");
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 1, 31);
    r.bootstrap = 500;
    r.seed = 9;
    QCOMPARE(r.path(), QStringLiteral("/api/v1/projects/agree-ui/agreement?field=finding&specialty=a%26b%20c%2Bd"
                                      "&annotators=alice%2Cbob&from=2026-01-01&to=2026-02-01&bootstrap=500&seed=9"));
    r = app::AgreementRequest{QStringLiteral("p"), QStringLiteral("f"), {}, {}, {}, {}, 0, 3};
    QCOMPARE(r.path(), QStringLiteral("/api/v1/projects/p/agreement?field=f"));

    const auto fields = app::agreementFields(agreementSchema());
    QCOMPARE(fields.size(), std::size_t(2));  // free text has no statistic
    QCOMPARE(fields[0].id, QStringLiteral("finding"));
    QCOMPARE(fields[1].id, QStringLiteral("signs"));
  }

  void viewModelReadsSpanReports() {
    // The spans shape of docs/agreement.md: F1, no interval, variants in place of per_label.
    const Json answer = Json::parse(R"({"field": "ents", "kind": "spans", "n_ratings": 6, "report": {
      "field_kind": "spans", "statistic": "span_f1", "value": 0.74, "matching": "overlap",
      "require_same_label": true, "variants": {"exact_same_label": 0.61, "exact_any_label": 0.66,
      "overlap_same_label": 0.74, "overlap_any_label": 0.8}, "n_units": 50, "n_coders": 2,
      "n_pairable_units": 48, "interval": null,
      "pairs": {"coders": ["A", "B"], "f1": [[null, 0.7], [0.7, null]], "n_units": [[0, 48], [48, 0]]},
      "vs_gold": [{"coder": "A", "n_units": 5, "f1": 0.9}], "vs_adjudicated": [],
      "per_specialty": [{"specialty": "oncology", "n_pairable_units": 20, "f1": null}], "warnings": []}})");
    const auto v = app::AgreementView::fromJson(answer);
    QCOMPARE(v.headline(), QStringLiteral("Span F1 (overlapping, same label) 0.740, 50 cases, 2 annotators"));
    QCOMPARE(v.labelFigureKind, QStringLiteral("variant"));
    QCOMPARE(v.labelFigures.size(), std::size_t(4));
    QCOMPARE(v.pairs.statistic, QStringLiteral("f1"));
    QVERIFY(v.pairs.value[0][1] && near(*v.pairs.value[0][1], 0.7));
    QVERIFY(!v.pairs.value[0][0]);
    QCOMPARE(v.pairs.units[1][0], 48);
    QCOMPARE(v.vsGold.size(), std::size_t(1));
    QVERIFY(v.vsGold[0].value && near(*v.vsGold[0].value, 0.9));
    QVERIFY(!v.perSpecialty[0].value);
    QCOMPARE(v.perSpecialty[0].units, 20);
  }

  void viewModelPrefersCriteriaAndNamesUndefinedFigures() {
    // Rubric grading: per_criterion is the figure (its per_label of met/unmet says less); a
    // criterion everyone graded alike has no alpha, and the headline says when alpha is undefined.
    const Json answer = Json::parse(R"({"field": "grades", "kind": "rubric_grading", "n_ratings": 4, "report": {
      "statistic": "alpha", "level": "nominal", "value": null, "undefined_reason": "expected disagreement is zero",
      "n_units": 2, "n_coders": 2, "n_pairable_units": 4, "interval": null, "ac1": null, "percent_agreement": 1.0,
      "per_label": [{"label": "met", "n_pairable": 8, "alpha": null}],
      "per_criterion": [{"criterion": "safe", "n_pairable_units": 2, "alpha": null, "undefined_reason": "all met"},
                        {"criterion": "cites", "n_pairable_units": 2, "alpha": -0.25}],
      "pairs": {"coders": ["A", "B"], "alpha": [[null, null], [null, null]], "percent": [[null, 1.0], [1.0, null]],
                "n_units": [[0, 4], [4, 0]]},
      "warnings": [{"code": "few_pairable_units", "message": "only 4 pairable units"}]}})");
    const auto v = app::AgreementView::fromJson(answer);
    QCOMPARE(v.labelFigureKind, QStringLiteral("criterion"));
    QCOMPARE(v.labelFigures.size(), std::size_t(2));
    QVERIFY(!v.labelFigures[0].value);
    QCOMPARE(v.labelFigures[0].undefinedReason, QStringLiteral("all met"));
    QVERIFY(v.labelFigures[1].value && near(*v.labelFigures[1].value, -0.25));
    QCOMPARE(v.headline(), QStringLiteral("Krippendorff's alpha (nominal) is undefined (2 cases, 2 annotators): "
                                          "expected disagreement is zero"));
    QVERIFY2(v.details().contains(QStringLiteral("4 (case, criterion) items")), qPrintable(v.details()));
    QCOMPARE(v.itemNoun(), QStringLiteral("items"));
    QCOMPARE(v.warnings.size(), std::size_t(1));
    QCOMPARE(app::formatFigure(std::nullopt), QStringLiteral("—"));
  }

  void showsAlphaHeatmapChartAndWarnings() {
    app::AgreementDashboard page(api_.get());
    page.resize(1200, 860);
    page.show();
    QVERIFY(answered(page, [&] {
      page.setProject(project());
      QCOMPARE(child<QLabel>(page, "agreementStatus")->text(), QStringLiteral("Loading…"));
    }));
    QVERIFY2(page.view().has_value(), qPrintable(child<QLabel>(page, "agreementStatus")->text()));

    // The picker offers the two fields with a statistic, the first chosen.
    auto* field = child<QComboBox>(page, "agreementField");
    QCOMPARE(field->count(), 2);
    QCOMPARE(field->currentData().toString(), QStringLiteral("finding"));
    QVERIFY(field->findData(QStringLiteral("comment")) < 0);

    // Coincidences o(yes,yes) = 4, o(no,no) = 4, o(yes,no) = o(no,yes) = 2, n = 12:
    // D_o = 4/12, D_e = 2·6·6/(12·11) = 6/11, alpha = 1 − (1/3)/(6/11) = 7/18 = 0.389.
    QVERIFY(value(page) && near(*value(page), 7.0 / 18.0));
    QVERIFY2(headline(page).startsWith(QStringLiteral("Krippendorff's alpha (nominal) 0.389, 95% CI ")), qPrintable(headline(page)));
    QVERIFY2(headline(page).endsWith(QStringLiteral(", 4 cases, 3 annotators")), qPrintable(headline(page)));
    // The interval is the server's, with the dashboard's fixed seed: the same on a second ask.
    HttpsClient c("127.0.0.1", server_->port(), server_->caFile());
    const Json served = c.get("/api/v1/projects/agree-ui/agreement?field=finding&bootstrap=1000&seed=1", leadToken_).json();
    const Json& interval = served["report"]["interval"];
    QVERIFY(interval.is_object());
    // A negative lower bound is written "a to b" (an en dash after a minus would read as one).
    const QString ci = (interval["ci_low"].get<double>() < 0 ? QStringLiteral("95% CI %1 to %2") : QStringLiteral("95% CI %1–%2"))
                           .arg(QString::number(interval["ci_low"].get<double>(), 'f', 3),
                                QString::number(interval["ci_high"].get<double>(), 'f', 3));
    QVERIFY2(headline(page).contains(ci), qPrintable(headline(page) + " / " + ci));
    const QString first = headline(page);
    QVERIFY(answered(page, [&] { QTest::keyClick(&page, Qt::Key_F5); }));
    QCOMPARE(headline(page), first);
    const QString details = child<QLabel>(page, "agreementDetails")->text();
    QVERIFY2(details.contains(QStringLiteral("percent agreement 67%")), qPrintable(details));  // 8 of 12 pairs agree
    QVERIFY2(details.contains(QStringLiteral("Gwet's AC1 ")), qPrintable(details));

    // The server's warnings, in its words: four pairable cases are far fewer than 30.
    auto* warnings = child<QListWidget>(page, "agreementWarnings");
    std::vector<std::pair<QString, QString>> listed, sent;
    for (int i = 0; i < warnings->count(); ++i)
      listed.emplace_back(warnings->item(i)->data(Qt::UserRole).toString(), warnings->item(i)->text());
    for (const auto& w : served["report"]["warnings"])
      sent.emplace_back(QString::fromStdString(w["code"].get<std::string>()), QString::fromStdString(w["message"].get<std::string>()));
    QVERIFY(std::count_if(listed.begin(), listed.end(), [](const auto& w) { return w.first == "few_pairable_units"; }) == 1);
    QVERIFY(listed == sent);

    // Pairs: alice–bob and bob–carol 8/15 (4 cases each), alice–carol 1/8.
    auto* heatmap = child<QTableWidget>(page, "agreementHeatmap");
    QCOMPARE(heatmap->rowCount(), 3);
    QCOMPARE(heatmap->columnCount(), 3);
    const QString alice = pseudonyms_["alice"], bob = pseudonyms_["bob"], carol = pseudonyms_["carol"];
    const std::vector<std::tuple<QString, QString, double>> expected{
        {alice, bob, 8.0 / 15.0}, {bob, carol, 8.0 / 15.0}, {alice, carol, 1.0 / 8.0}};
    for (const auto& [a, b, alpha] : expected) {
      for (auto* item : {cell(heatmap, a, b), cell(heatmap, b, a)}) {
        QVERIFY2(item, qPrintable(a + " × " + b));
        QVERIFY2(near(item->data(Qt::UserRole).toDouble(), alpha), qPrintable(item->text()));
        QCOMPARE(item->data(Qt::UserRole + 1).toInt(), 4);
        QCOMPARE(item->text(), QStringLiteral("%1\n4 cases").arg(QString::number(alpha, 'f', 2)));
      }
    }
    QCOMPARE(cell(heatmap, alice, alice)->text(), QStringLiteral("—"));
    QVERIFY(!cell(heatmap, alice, alice)->data(Qt::UserRole).isValid());

    // Single choice: each option against the rest; with two options both equal the headline.
    auto* chart = child<QChartView>(page, "agreementPerLabelChart");
    auto figures = bars(chart);
    QCOMPARE(figures.size(), std::size_t(2));
    QCOMPARE(figures[0].first, QStringLiteral("yes"));
    QVERIFY(std::abs(figures[0].second - 7.0 / 18.0) < 1e-6);

    // Breakdowns: every clinician matched the gold case; two specialties.
    auto* gold = child<QTableWidget>(page, "agreementVsGold");
    QCOMPARE(gold->rowCount(), 3);
    for (int r = 0; r < 3; ++r) QCOMPARE(gold->item(r, 3)->text(), QStringLiteral("100%"));
    auto* specialties = child<QTableWidget>(page, "agreementPerSpecialty");
    QCOMPARE(specialties->rowCount(), 2);
    QCOMPARE(specialties->item(0, 0)->text(), QStringLiteral("cardiology"));
    QVERIFY(near(specialties->item(0, 2)->data(Qt::UserRole).toDouble(), 0.6));
    keepPicture(page, "lead-agreement");

    // Multi-choice, per label: fever 4/9 (present/present 2, absent/absent 2, mixed 2 of 6
    // values), rash 1 (alice and bob agree on every case).
    QVERIFY(answered(page, [&] { field->setCurrentIndex(field->findData(QStringLiteral("signs"))); }));
    QVERIFY(page.lastRequestPath().contains(QStringLiteral("field=signs")));
    figures = bars(chart);
    QCOMPARE(figures.size(), std::size_t(2));
    std::map<QString, double> byLabel(figures.begin(), figures.end());
    QVERIFY(std::abs(byLabel[QStringLiteral("fever")] - 4.0 / 9.0) < 1e-6);
    QVERIFY(std::abs(byLabel[QStringLiteral("rash")] - 1.0) < 1e-6);
    QCOMPARE(heatmap->rowCount(), 2);
    // Multi-choice alpha runs over (case, label) items: the pair shares 3 cases × 2 labels.
    QCOMPARE(cell(heatmap, alice, bob)->text().section(QLatin1Char('\n'), 1), QStringLiteral("6 items"));
    QVERIFY(headline(page).endsWith(QStringLiteral(", 3 cases, 2 annotators")));
    keepPicture(page, "lead-agreement-multi-choice");
  }

  void specialtyAndDatesNarrowTheFigures() {
    app::AgreementDashboard page(api_.get());
    page.setSettleDelay(10);
    page.show();
    QVERIFY(answered(page, [&] { page.setProject(project()); }));
    QVERIFY(value(page) && near(*value(page), 7.0 / 18.0));

    // Cases 0–2 only: D_o = 2/9, D_e = 5/9, alpha = 0.6.
    auto* specialty = child<QLineEdit>(page, "agreementSpecialty");
    QVERIFY(answered(page, [&] {
      specialty->setFocus();
      QTest::keyClicks(specialty, QStringLiteral("cardiology"));
      QTest::keyClick(specialty, Qt::Key_Return);
    }));
    QVERIFY2(page.lastRequestPath().contains(QStringLiteral("&specialty=cardiology")), qPrintable(page.lastRequestPath()));
    QVERIFY(value(page) && near(*value(page), 0.6));
    QVERIFY2(headline(page).contains(QStringLiteral(" 0.600, ")), qPrintable(headline(page)));
    QCOMPARE(child<QTableWidget>(page, "agreementPerSpecialty")->rowCount(), 1);

    // No annotation from dermatology: alpha is undefined and the page says why.
    QVERIFY(answered(page, [&] {
      specialty->setText(QStringLiteral("dermatology"));
      emit specialty->editingFinished();
    }));
    QVERIFY(page.view().has_value());
    QVERIFY(!value(page));
    QVERIFY2(headline(page).contains(QStringLiteral("is undefined")), qPrintable(headline(page)));
    QVERIFY(!page.view()->undefinedReason.isEmpty());
    QVERIFY(headline(page).contains(page.view()->undefinedReason));
    QCOMPARE(child<QTableWidget>(page, "agreementHeatmap")->rowCount(), 0);
    QVERIFY(child<QLabel>(page, "agreementStatus")->text().contains(QStringLiteral("No submitted annotation")));

    // Back to every specialty, then the first days of January: case 3 (10 January) drops out.
    QVERIFY(answered(page, [&] {
      specialty->clear();
      emit specialty->editingFinished();
    }));
    QVERIFY(value(page) && near(*value(page), 7.0 / 18.0));
    auto* from = child<QDateEdit>(page, "agreementFrom");
    auto* to = child<QDateEdit>(page, "agreementTo");
    QCOMPARE(from->text(), QStringLiteral("any date"));
    QVERIFY(answered(page, [&] {
      from->setDate(QDate(2026, 1, 1));
      to->setDate(QDate(2026, 1, 9));
    }));
    QVERIFY2(page.lastRequestPath().contains(QStringLiteral("&from=2026-01-01&to=2026-01-10")), qPrintable(page.lastRequestPath()));
    QVERIFY(value(page) && near(*value(page), 0.6));
    // The last day counts whole: up to 10 January brings case 3 back.
    QVERIFY(answered(page, [&] { to->setDate(QDate(2026, 1, 10)); }));
    QVERIFY(value(page) && near(*value(page), 7.0 / 18.0));
    QVERIFY(answered(page, [&] { QTest::mouseClick(child<QPushButton>(page, "agreementAnyDate"), Qt::LeftButton); }));
    QVERIFY(!page.lastRequestPath().contains(QStringLiteral("from=")));
    QCOMPARE(to->text(), QStringLiteral("any date"));

    // Two of the three annotators: alpha over alice and bob alone is 8/15.
    auto* annotators = child<QLineEdit>(page, "agreementAnnotators");
    QVERIFY(answered(page, [&] {
      annotators->setText(QStringLiteral("alice, bob"));
      emit annotators->editingFinished();
    }));
    QVERIFY2(page.lastRequestPath().contains(QStringLiteral("&annotators=alice%2Cbob")), qPrintable(page.lastRequestPath()));
    QVERIFY(value(page) && near(*value(page), 8.0 / 15.0));
    QCOMPARE(child<QTableWidget>(page, "agreementHeatmap")->rowCount(), 2);
    QVERIFY(answered(page, [&] {
      annotators->clear();
      emit annotators->editingFinished();
    }));

    // Without bootstrap there is no interval to show.
    QVERIFY(answered(page, [&] { child<QSpinBox>(page, "agreementBootstrap")->setValue(0); }));
    QVERIFY(!page.lastRequestPath().contains(QStringLiteral("bootstrap")));
    QVERIFY(!headline(page).contains(QStringLiteral("CI")));
    QVERIFY(value(page) && near(*value(page), 7.0 / 18.0));
  }

  void aReplyToAnOlderQuestionIsDropped() {
    app::AgreementDashboard page(api_.get());
    page.show();
    QVERIFY(answered(page, [&] { page.setProject(project()); }));
    // Two questions in a row: only the answer to the second may reach the screen.
    QSignalSpy finished(&page, &app::AgreementDashboard::loadFinished);
    auto* specialty = child<QLineEdit>(page, "agreementSpecialty");
    specialty->setText(QStringLiteral("cardiology"));
    page.refresh();
    specialty->clear();
    page.refresh();
    QVERIFY(QTest::qWaitFor([&] { return api_->pending() == 0; }, 20000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QVERIFY(value(page) && near(*value(page), 7.0 / 18.0));
  }

  void refusalsAreSaidInWords() {
    // A clinician's account may not see agreement figures.
    app::ApiClient clinician;
    QVERIFY(logInApi(clinician, *server_, QStringLiteral("alice")));
    app::AgreementDashboard page(&clinician);
    page.show();
    QVERIFY(answered(page, [&] { page.setProject(project()); }));
    QVERIFY(!page.view().has_value());
    QCOMPARE(child<QLabel>(page, "agreementStatus")->text(), QStringLiteral("Your account does not have access to this."));
    QCOMPARE(headline(page), QStringLiteral("—"));
    QCOMPARE(child<QTableWidget>(page, "agreementHeatmap")->rowCount(), 0);

    // A project that is gone.
    app::AgreementDashboard lead(api_.get());
    QVERIFY(answered(lead, [&] { lead.setProject(project("no-such-project")); }));
    QVERIFY(!lead.view().has_value());
    QVERIFY2(child<QLabel>(lead, "agreementStatus")->text().contains(QStringLiteral("no project \"no-such-project\"")),
             qPrintable(child<QLabel>(lead, "agreementStatus")->text()));

    // A filter the server refuses comes back with the server's sentence.
    QVERIFY(answered(lead, [&] {
      lead.setProject(project());
      child<QLineEdit>(lead, "agreementAnnotators")->setText(QStringLiteral("alice;bob"));
      lead.refresh();
    }));
    QVERIFY2(child<QLabel>(lead, "agreementStatus")->text().contains(QStringLiteral("annotators must be")),
             qPrintable(child<QLabel>(lead, "agreementStatus")->text()));
  }

  void keyboardReachesEveryControl() {
    app::AgreementDashboard page(api_.get());
    page.show();
    // Each filter has a label whose mnemonic focuses it.
    for (const char* name : {"agreementField", "agreementSpecialty", "agreementAnnotators", "agreementFrom", "agreementTo",
                             "agreementBootstrap", "agreementSeed"}) {
      QWidget* target = child<QWidget>(page, name);
      bool labelled = false;
      for (auto* label : page.findChildren<QLabel*>())
        if (label->buddy() == target && label->text().contains(QLatin1Char('&'))) labelled = true;
      QVERIFY2(labelled, name);
    }
    // Tab from the field picker visits the filters, the headline and every figure.
    std::set<QString> visited;
    QWidget* w = child<QWidget>(page, "agreementField");
    for (int i = 0; i < 200 && w; ++i) {
      if (w->focusPolicy() & Qt::TabFocus) visited.insert(w->objectName());
      w = w->nextInFocusChain();
    }
    for (const char* name : {"agreementSpecialty", "agreementFrom", "agreementTo", "agreementAnyDate", "agreementRefresh",
                             "agreementHeadline", "agreementWarnings", "agreementHeatmap", "agreementPerLabelChart"})
      QVERIFY2(visited.count(QString::fromLatin1(name)) == 1, name);
  }
};

QTEST_MAIN(LeadAgreementTest)
#include "test_lead_agreement.moc"
