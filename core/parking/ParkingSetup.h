#pragma once

#include "base/JobControl.h"
#include "parking/BayStatusModel.h"
#include "parking/ParkingConfig.h"

#include <QStringList>

namespace territoire {

// Every inventory of a parking configuration, read and merged.
struct LoadedInventories
{
    BayList bays;
    QStringList warnings; // per row problems, naming the file and row
    QStringList errors; // sources that could not be read at all, naming the file
    QStringList attributions; // producers to credit
};

// Reads every source of the configuration (the section's bounds apply to sources without
// their own). Blocking: run off the UI thread for large files. A source that fails is
// reported in errors and the others are still read.
LoadedInventories loadInventories(const ParkingConfig &config,
                                  const ProgressCallback &progress = {});

// Producers to credit for the configuration's sources and feeds.
QStringList parkingAttributions(const ParkingConfig &config);

// Replays recorded feed answers from a folder (CLI --source, training): each feed whose
// recorded file name (or, failing that, "<feed id>.xml"/".json") exists there is parsed and
// applied to the model. receivedAt dates records without their own time. Returns one
// sentence per problem, naming the feed and the file.
QStringList replayRecordedFeeds(BayStatusModel &model, const QString &directory,
                                const QDateTime &receivedAt);

class FeedEngine;

// Adds one ParkingFeed per configured feed to the engine (replacing feeds of the same id) and
// forwards what the engine receives for them to the model. Returns the connection.
QMetaObject::Connection connectParkingFeeds(BayStatusModel &model, FeedEngine &engine,
                                            Clock *clock);

// Polls every feed of the model once through a private FeedEngine (in-memory cache, no
// retries) and applies the answers; waits at most timeoutMs in a local event loop (CLI,
// batch). Returns one sentence per feed that failed, naming it and the reason.
QStringList fetchStatusOnce(BayStatusModel &model, int timeoutMs = 30000);

} // namespace territoire
