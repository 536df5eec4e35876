#pragma once
// Runs tests/core/agreement/oracles/agreement_oracle.py under Debian's python3 (which has nltk,
// sklearn and statsmodels) on a dataset generated in the test.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <random>

#include "concord/agreement/rating.h"

namespace concord::agreement::oracle {

struct Dataset {
    std::vector<Rating> ratings;
    Json request = Json::object();
};

// Random reliability data with a true value per unit that each coder reports with probability
// `faithful`, a random category otherwise, and leaves missing with probability `missing`.
inline Dataset randomCategorical(std::uint32_t seed, int units, int coders, const std::vector<Json>& categories,
                                 double missing, double faithful) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit01(0.0, 1.0);
    std::uniform_int_distribution<std::size_t> pick(0, categories.size() - 1);
    Dataset data;
    Json rows = Json::array();
    for (int u = 0; u < units; ++u) {
        const Json truth = categories[pick(random)];
        for (int c = 0; c < coders; ++c) {
            Json value = unit01(random) < missing ? Json(nullptr) : unit01(random) < faithful ? truth : categories[pick(random)];
            const std::string unit = "unit-" + std::to_string(u);
            const std::string coder = "coder-" + std::to_string(c);
            rows.push_back(Json::array({unit, coder, value}));
            data.ratings.push_back({unit, coder, value});
        }
    }
    data.request["ratings"] = rows;
    return data;
}

// Numeric values: a true value per unit plus noise, rounded to one decimal so values repeat.
inline Dataset randomNumeric(std::uint32_t seed, int units, int coders, double missing, double low, double high) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit01(0.0, 1.0);
    std::uniform_real_distribution<double> truthOf(low, high);
    std::normal_distribution<double> noise(0.0, (high - low) / 6.0);
    Dataset data;
    Json rows = Json::array();
    for (int u = 0; u < units; ++u) {
        const double truth = truthOf(random);
        for (int c = 0; c < coders; ++c) {
            Json value = nullptr;
            if (unit01(random) >= missing) value = std::max(low, std::round((truth + noise(random)) * 10.0) / 10.0);
            const std::string unit = "unit-" + std::to_string(u);
            const std::string coder = "coder-" + std::to_string(c);
            rows.push_back(Json::array({unit, coder, value}));
            data.ratings.push_back({unit, coder, value});
        }
    }
    data.request["ratings"] = rows;
    return data;
}

inline Json run(const Json& request) {
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString() + "/request.json";
    {
        std::ofstream out(path);
        out << request.dump();
    }
    QProcess python;
    python.start(CONCORD_ORACLE_PYTHON,
                 {QString(CONCORD_SOURCE_DIR) + "/tests/core/agreement/oracles/agreement_oracle.py", QString::fromStdString(path)});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning("oracle failed: %s", python.readAllStandardError().constData());
        return Json();
    }
    return Json::parse(python.readAllStandardOutput().toStdString(), nullptr, false);
}

}  // namespace concord::agreement::oracle
