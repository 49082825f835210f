#pragma once

#include <QLoggingCategory>

// One logging category per area (territoire.<area>), warnings and above shown by default.
// Enable more with QT_LOGGING_RULES="territoire.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcBase)
Q_DECLARE_LOGGING_CATEGORY(lcLayers)
Q_DECLARE_LOGGING_CATEGORY(lcRender)
Q_DECLARE_LOGGING_CATEGORY(lcProject)
Q_DECLARE_LOGGING_CATEGORY(lcFeeds)
Q_DECLARE_LOGGING_CATEGORY(lcRouting)
Q_DECLARE_LOGGING_CATEGORY(lcParking)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcOffline)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
