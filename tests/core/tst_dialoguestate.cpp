// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/DialogueState.h"
#include "nlp/RequestParser.h"

#include <QTest>

namespace {
Place city(const QString &code, const QString &name) {
    Place p;
    p.code = code;
    p.cityCode = code;
    p.name = name;
    p.kind = Place::Kind::City;
    return p;
}

PlaceMention mention(const QString &code, const QString &name) {
    PlaceMention m;
    m.place = city(code, name);
    m.span = {0, 3};
    return m;
}

TravelRequest request() {
    TravelRequest r;
    r.intent = TravelRequest::Intent::Search;
    r.language = QStringLiteral("en");
    return r;
}

const QDate Today(2026, 11, 29);
using Kind = DialogueState::Action::Kind;
} // namespace

class TestDialogueState : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void asksForWhatIsMissingThenSearches() {
        DialogueState state;
        TravelRequest r = request();
        r.destination = mention(QStringLiteral("ROM"), QStringLiteral("Rome"));
        state.apply(r);
        QCOMPARE(state.nextAction(Today).kind, Kind::AskOrigin);
        state.setPendingQuestion(DialogueState::Slot::Origin);

        // A bare place (read as a destination) answers the question about the origin.
        TravelRequest answer = request();
        answer.destination = mention(QStringLiteral("PAR"), QStringLiteral("Paris"));
        state.apply(answer);
        QCOMPARE(state.settled().origin.place.code, QStringLiteral("PAR"));
        QCOMPARE(state.settled().destination.place.code, QStringLiteral("ROM"));
        QCOMPARE(state.nextAction(Today).kind, Kind::AskDate);

        TravelRequest when = request();
        when.departure.date = QDate(2026, 12, 4);
        state.apply(when);
        const DialogueState::Action action = state.nextAction(Today);
        QCOMPARE(action.kind, Kind::Search);
        QCOMPARE(action.request.slices.size(), 1);
        QCOMPARE(action.request.slices.first().origin, QStringLiteral("PAR"));
        QCOMPARE(action.request.slices.first().destination, QStringLiteral("ROM"));
        QCOMPARE(action.request.slices.first().date, QDate(2026, 12, 4));
        QCOMPARE(action.request.passengers.adults, 1);
        QCOMPARE(action.request.cabin, CabinClass::Economy);
    }

    void refinementsKeepTheRest() {
        DialogueState state;
        TravelRequest r = request();
        r.origin = mention(QStringLiteral("LON"), QStringLiteral("London"));
        r.destination = mention(QStringLiteral("NYC"), QStringLiteral("New York"));
        r.departure.date = QDate(2026, 12, 10);
        r.passengers = Passengers{2, 1, 0};
        state.apply(r);
        state.markSearched();

        TravelRequest change = request();
        change.intent = TravelRequest::Intent::Modify;
        change.cabin = CabinClass::Business;
        change.returnDate.date = QDate(2026, 12, 17);
        state.apply(change);
        const SearchRequest search = state.nextAction(Today).request;
        QCOMPARE(search.cabin, CabinClass::Business);
        QCOMPARE(search.slices.size(), 2);
        QCOMPARE(search.slices.at(1).origin, QStringLiteral("NYC"));
        QCOMPARE(search.slices.at(1).date, QDate(2026, 12, 17));
        QCOMPARE(search.passengers, (Passengers{2, 1, 0}));
        QVERIFY(state.hasSearched());

        TravelRequest oneWay = request();
        oneWay.trip = TravelRequest::Trip::OneWay;
        state.apply(oneWay);
        QCOMPARE(state.toSearchRequest().slices.size(), 1);
    }

    void aNewRouteStartsOver() {
        DialogueState state;
        TravelRequest r = request();
        r.origin = mention(QStringLiteral("LON"), QStringLiteral("London"));
        r.destination = mention(QStringLiteral("NYC"), QStringLiteral("New York"));
        r.departure.date = QDate(2026, 12, 10);
        r.cabin = CabinClass::First;
        r.passengers = Passengers{2, 0, 0};
        state.apply(r);
        state.markSearched();
        TravelRequest other = request();
        other.origin = mention(QStringLiteral("PAR"), QStringLiteral("Paris"));
        other.destination = mention(QStringLiteral("ROM"), QStringLiteral("Rome"));
        state.apply(other);
        QVERIFY(!state.settled().departure.isValid());
        QVERIFY(!state.settled().cabin);
        QCOMPARE(state.settled().passengers, std::optional<Passengers>(Passengers{2, 0, 0}));
        QCOMPARE(state.nextAction(Today).kind, Kind::AskDate);
        QVERIFY(!state.hasSearched()); // the next search is a new one, not a refinement
    }

    void problems_data() {
        QTest::addColumn<QDate>("departure");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<int>("adults");
        QTest::addColumn<int>("infants");
        QTest::addColumn<QString>("problem");
        QTest::newRow("past") << QDate(2026, 11, 1) << "PAR" << 1 << 0 << "date_in_past";
        QTest::newRow("too far") << QDate(2028, 1, 1) << "PAR" << 1 << 0 << "date_too_far";
        QTest::newRow("same city")
            << QDate(2026, 12, 4) << "ROM" << 1 << 0 << "same_origin_destination";
        QTest::newRow("infants") << QDate(2026, 12, 4) << "PAR" << 1 << 2 << "invalid_passengers";
        QTest::newRow("fine") << QDate(2026, 12, 4) << "PAR" << 2 << 2 << "";
    }
    void problems() {
        QFETCH(QDate, departure);
        QFETCH(QString, origin);
        QFETCH(int, adults);
        QFETCH(int, infants);
        QFETCH(QString, problem);
        DialogueState state;
        TravelRequest r = request();
        r.origin = mention(origin, origin);
        r.destination = mention(QStringLiteral("ROM"), QStringLiteral("Rome"));
        r.departure.date = departure;
        r.passengers = Passengers{adults, 0, infants};
        state.apply(r);
        const DialogueState::Action action = state.nextAction(Today);
        QCOMPARE(action.kind, problem.isEmpty() ? Kind::Search : Kind::FixProblem);
        QCOMPARE(action.problem, problem);
    }

    void returnBeforeDepartureIsFlagged() {
        DialogueState state;
        TravelRequest r = request();
        r.origin = mention(QStringLiteral("PAR"), QStringLiteral("Paris"));
        r.destination = mention(QStringLiteral("ROM"), QStringLiteral("Rome"));
        r.departure.date = QDate(2026, 12, 10);
        r.returnDate.date = QDate(2026, 12, 5);
        r.warnings << QStringLiteral("return_before_departure");
        state.apply(r);
        QCOMPARE(state.nextAction(Today).kind, Kind::FixProblem);
        QCOMPARE(state.nextAction(Today).problem, QStringLiteral("return_before_departure"));
    }

    void nothingNewAfterASearchIsNotSearchedAgain() {
        DialogueState state;
        TravelRequest r = request();
        r.origin = mention(QStringLiteral("PAR"), QStringLiteral("Paris"));
        r.destination = mention(QStringLiteral("ROM"), QStringLiteral("Rome"));
        r.departure.date = QDate(2026, 12, 4);
        state.apply(r);
        QCOMPARE(state.nextAction(Today).kind, Kind::Search);
        state.markSearched();
        state.apply(request()); // "asdfgh": nothing understood
        QCOMPARE(state.nextAction(Today).kind, Kind::NotUnderstood);
        QCOMPARE(state.settled().destination.place.code, QStringLiteral("ROM")); // nothing lost
    }

    void smallTalk() {
        DialogueState state;
        TravelRequest hello;
        hello.intent = TravelRequest::Intent::Greeting;
        state.apply(hello);
        QCOMPARE(state.nextAction(Today).kind, Kind::Greet);
        TravelRequest help;
        help.intent = TravelRequest::Intent::Help;
        state.apply(help);
        QCOMPARE(state.nextAction(Today).kind, Kind::Help);
        state.apply(TravelRequest());
        QCOMPARE(state.nextAction(Today).kind, Kind::NotUnderstood);
        QVERIFY(!state.lastMessageUnderstood());
        state.reset();
        QVERIFY(state.settled().isEmpty());
    }
    void flexibleDatesAreKeptUntilCleared_data() {
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<int>("flexibleDays");
        QTest::addColumn<QDate>("departure");

        QTest::newRow("set with the request")
            << QStringList{QStringLiteral("Paris to Lisbon on 10 December, +/- 2 days")} << 2
            << QDate(2026, 12, 10);
        QTest::newRow("kept when the day changes")
            << QStringList{QStringLiteral("Paris to Lisbon on 10 December, flexible dates"),
                           QStringLiteral("make it the 12th of December")}
            << 3 << QDate(2026, 12, 12);
        QTest::newRow("kept when the cabin changes")
            << QStringList{QStringLiteral("Paris to Lisbon on 10 December give or take a day"),
                           QStringLiteral("business class please")}
            << 1 << QDate(2026, 12, 10);
        QTest::newRow("added later")
            << QStringList{QStringLiteral("Paris to Lisbon on 10 December"),
                           QStringLiteral("make it flexible")}
            << 3 << QDate(2026, 12, 10);
        QTest::newRow("narrowed later")
            << QStringList{QStringLiteral("Paris to Lisbon on 10 December, flexible"),
                           QStringLiteral("only a day either way")}
            << 1 << QDate(2026, 12, 10);
        QTest::newRow("cleared by exact dates")
            << QStringList{QStringLiteral("Paris to Lisbon on 10 December, flexible"),
                           QStringLiteral("exact dates please")}
            << 0 << QDate(2026, 12, 10);
        QTest::newRow("French, cleared")
            << QStringList{QStringLiteral("Paris Lisbonne le 10 décembre, à 2 jours près"),
                           QStringLiteral("finalement dates fixes")}
            << 0 << QDate(2026, 12, 10);
        QTest::newRow("German, kept")
            << QStringList{QStringLiteral("Berlin nach Rom am 10. Dezember, plus minus 2 Tage"),
                           QStringLiteral("zu zweit")}
            << 2 << QDate(2026, 12, 10);
    }

    void flexibleDatesAreKeptUntilCleared() {
        QFETCH(QStringList, messages);
        QFETCH(int, flexibleDays);
        QFETCH(QDate, departure);
        const QDateTime now(Today, QTime(10, 0), Qt::OffsetFromUTC, 3600);
        const RequestParser parser;
        DialogueState state;
        for (const QString &message : messages) {
            state.apply(parser.parse(message, now));
            state.setPendingQuestion(DialogueState::Slot::None);
            QCOMPARE(state.nextAction(Today).kind, Kind::Search);
            state.markSearched();
        }
        QCOMPARE(state.settled().flexibility(), flexibleDays);
        QCOMPARE(state.settled().departure.date, departure);
    }

    void flexibleRequestsMoveEverySliceAndSkipThePast() {
        SearchRequest base;
        base.slices.append(
            {QStringLiteral("PAR"), QStringLiteral("LIS"), QDate(2026, 12, 10), {}, {}});
        base.slices.append(
            {QStringLiteral("LIS"), QStringLiteral("PAR"), QDate(2026, 12, 17), {}, {}});
        const QList<SearchRequest> week = DialogueState::flexibleRequests(base, 3, Today);
        QCOMPARE(week.size(), 7);
        QCOMPARE(week.first().slices.at(0).date, QDate(2026, 12, 7));
        QCOMPARE(week.first().slices.at(1).date, QDate(2026, 12, 14)); // the return moves too
        QCOMPARE(week.at(3), base);
        QCOMPARE(week.last().slices.at(0).date, QDate(2026, 12, 13));
        QCOMPARE(DialogueState::flexibleRequests(base, 0, Today), QList<SearchRequest>{base});
        QCOMPARE(DialogueState::flexibleRequests(base, 9, Today).size(), 7); // clamped to 3

        // Tomorrow +/- 3 days: the past days are left out.
        SearchRequest soon = base;
        soon.slices.removeLast();
        soon.slices.first().date = Today.addDays(1);
        const QList<SearchRequest> left = DialogueState::flexibleRequests(soon, 3, Today);
        QCOMPARE(left.size(), 5); // today .. today + 4
        QCOMPARE(left.first().slices.first().date, Today);
    }
};

QTEST_GUILESS_MAIN(TestDialogueState)
#include "tst_dialoguestate.moc"
