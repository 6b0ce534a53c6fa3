/*
 * The C bcg729 library (Debian libbcg729-dev) timed the way G729CodecBenchmark times Strowger's
 * codec: one encoder and one decoder channel, on one thread, cycling through the frames of a raw
 * 16-bit little-endian 8 kHz file (the ITU's SPEECH.IN). It links the library; no code of it here.
 *
 * usage: bcg729_bench FILE SECONDS
 * prints: bcg729 encoder: <us> us per frame, <x>x real time
 *         bcg729 decoder: <us> us per frame, <x>x real time
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <bcg729/encoder.h>
#include <bcg729/decoder.h>

#define SAMPLES 80
#define PACKED 10

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void report(const char *what, long frames, double seconds) {
    double us = seconds * 1e6 / frames;
    printf("bcg729 %s: %.3f us per frame, %.0fx real time\n", what, us, 10000.0 / us);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s FILE SECONDS\n", argv[0]);
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in) {
        perror(argv[1]);
        return 2;
    }
    double budget = atof(argv[2]);
    static int16_t pcm[1 << 20];
    size_t samples = fread(pcm, sizeof(int16_t), sizeof(pcm) / sizeof(pcm[0]), in);
    fclose(in);
    long frames = (long) (samples / SAMPLES);
    if (frames == 0) {
        fprintf(stderr, "%s: less than one frame of audio\n", argv[1]);
        return 2;
    }
    uint8_t *coded = malloc((size_t) frames * PACKED);
    int16_t out[SAMPLES];
    uint8_t length;

    bcg729EncoderChannelContextStruct *encoder = initBcg729EncoderChannel(0);
    bcg729DecoderChannelContextStruct *decoder = initBcg729DecoderChannel();
    /* warm-up: one pass each, which also fills the bitstream the decoder times */
    for (long f = 0; f < frames; f++) {
        bcg729Encoder(encoder, &pcm[f * SAMPLES], &coded[f * PACKED], &length);
    }
    for (long f = 0; f < frames; f++) {
        bcg729Decoder(decoder, &coded[f * PACKED], PACKED, 0, 0, 0, out);
    }

    long done = 0;
    double start = now(), elapsed;
    do {
        for (long f = 0; f < frames; f++) {
            bcg729Encoder(encoder, &pcm[f * SAMPLES], &coded[f * PACKED], &length);
        }
        done += frames;
        elapsed = now() - start;
    } while (elapsed < budget);
    report("encoder", done, elapsed);

    done = 0;
    start = now();
    do {
        for (long f = 0; f < frames; f++) {
            bcg729Decoder(decoder, &coded[f * PACKED], PACKED, 0, 0, 0, out);
        }
        done += frames;
        elapsed = now() - start;
    } while (elapsed < budget);
    report("decoder", done, elapsed);

    closeBcg729EncoderChannel(encoder);
    closeBcg729DecoderChannel(decoder);
    free(coded);
    return 0;
}
