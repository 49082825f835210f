#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace territoire {

// What a feed panel shows for one feed.
struct FeedStatus
{
    enum State {
        Idle, // not polled yet
        Ok, // the last poll succeeded and the next one is not overdue
        Late, // no successful poll for more than twice the interval, but no error either
        Failing, // the last poll failed: reason says why; last good values are kept
        Offline, // the engine is offline: no request is sent at all
    };

    QString feedId;
    QString displayName;
    State state = Idle;
    QString reason; // for Failing: a sentence naming the feed and the cause
    QDateTime lastSuccess; // UTC, clock time of the last successful poll
    QDateTime lastAttempt; // UTC, clock time the last poll started
    QDateTime nextPoll; // UTC, clock time of the next scheduled poll (invalid when offline)
    int consecutiveFailures = 0;
    int lastHttpStatus = 0; // 0 when no HTTP answer was received
    int lastNetworkError = 0; // QNetworkReply::NetworkError of the last failure, 0 for none
    bool polling = false; // a poll is under way

    // "ok", "late", "failing", "offline", "idle": stable words for logs and the CLI.
    static QString stateKey(State state)
    {
        switch (state) {
        case Ok:
            return QStringLiteral("ok");
        case Late:
            return QStringLiteral("late");
        case Failing:
            return QStringLiteral("failing");
        case Offline:
            return QStringLiteral("offline");
        case Idle:
            break;
        }
        return QStringLiteral("idle");
    }
    // The state in words for users.
    static QString stateText(State state)
    {
        switch (state) {
        case Ok:
            return QCoreApplication::translate("FeedStatus", "OK");
        case Late:
            return QCoreApplication::translate("FeedStatus", "Late");
        case Failing:
            return QCoreApplication::translate("FeedStatus", "Failing");
        case Offline:
            return QCoreApplication::translate("FeedStatus", "Offline");
        case Idle:
            break;
        }
        return QCoreApplication::translate("FeedStatus", "Not polled yet");
    }
};

} // namespace territoire
