#pragma once

// Adam (Kingma and Ba) over blocks of float parameters, each with its own moment estimates.

#include <QtGlobal>
#include <cmath>
#include <vector>

namespace eg::dml {

struct AdamSettings
{
    double learningRate = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
};

class Adam
{
public:
    explicit Adam(AdamSettings settings = {})
        : m_settings(settings)
    {}

    // Registers a block of `size` parameters; returns its handle.
    int addBlock(qint64 size)
    {
        m_first.emplace_back(size_t(size), 0.0f);
        m_second.emplace_back(size_t(size), 0.0f);
        return int(m_first.size()) - 1;
    }

    // Starts a step (advances the bias correction).
    void beginStep() { ++m_step; }

    // params -= lr * scale * m-hat / (sqrt(v-hat) + eps) for one block.
    void update(int block, float *params, const float *grads, double scale = 1.0)
    {
        const double b1 = m_settings.beta1, b2 = m_settings.beta2;
        const double correction1 = 1.0 - std::pow(b1, double(m_step));
        const double correction2 = 1.0 - std::pow(b2, double(m_step));
        const float step =
            float(m_settings.learningRate * scale * std::sqrt(correction2) / correction1);
        const float eps = float(m_settings.epsilon * std::sqrt(correction2));
        float *m = m_first[size_t(block)].data();
        float *v = m_second[size_t(block)].data();
        const qint64 n = qint64(m_first[size_t(block)].size());
        // 1 - beta in double: 1 - float(0.999) would be off by 5e-5 relative.
        const float fb1 = float(b1), fb2 = float(b2);
        const float rest1 = float(1.0 - b1), rest2 = float(1.0 - b2);
        for (qint64 k = 0; k < n; ++k) {
            m[k] = fb1 * m[k] + rest1 * grads[k];
            v[k] = fb2 * v[k] + rest2 * grads[k] * grads[k];
            params[k] -= step * m[k] / (std::sqrt(v[k]) + eps);
        }
    }

    const AdamSettings &settings() const { return m_settings; }

private:
    AdamSettings m_settings;
    std::vector<std::vector<float>> m_first, m_second;
    qint64 m_step = 0;
};

} // namespace eg::dml
