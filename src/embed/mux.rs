//! The video's containers: encoded frames (from the browser's `VideoEncoder`) into a file.
//! H.264 goes into MP4 (the `mp4` crate writes the boxes), VP9 and VP8 into WebM (a few EBML
//! elements, written here: the single-track, known-length file the clip needs).

use std::io::Cursor;

/// One encoded frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    /// The frame's bytes as the encoder gave them (length-prefixed NAL units for H.264).
    pub data: Vec<u8>,
    /// Whether it can be decoded alone.
    pub key: bool,
}

/// Why a file could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MuxError(pub String);

impl std::fmt::Display for MuxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The sequence and picture parameter sets in an `avcC` record (the encoder's description of
/// an H.264 stream): the first of each.
pub fn avcc_parameter_sets(avcc: &[u8]) -> Result<(Vec<u8>, Vec<u8>), MuxError> {
    let bad = || MuxError("the encoder's H.264 description is not an avcC record".into());
    if avcc.len() < 7 || avcc[0] != 1 || avcc[4] & 3 != 3 {
        return Err(bad());
    }
    let mut at = 5;
    let mut take = |count_mask: u8| -> Result<Vec<u8>, MuxError> {
        let n = avcc.get(at).ok_or_else(bad)? & count_mask;
        at += 1;
        let mut first = None;
        for _ in 0..n {
            let len = usize::from(u16::from_be_bytes([
                *avcc.get(at).ok_or_else(bad)?,
                *avcc.get(at + 1).ok_or_else(bad)?,
            ]));
            let unit = avcc.get(at + 2..at + 2 + len).ok_or_else(bad)?;
            first.get_or_insert_with(|| unit.to_vec());
            at += 2 + len;
        }
        first.ok_or_else(bad)
    };
    let sps = take(0x1f)?;
    let pps = take(0xff)?;
    Ok((sps, pps))
}

/// An MP4 file of one H.264 track at `fps` frames a second.
pub fn mp4(
    (width, height): (u32, u32),
    fps: u32,
    avcc: &[u8],
    samples: &[Sample],
) -> Result<Vec<u8>, MuxError> {
    let err = |e: mp4::Error| MuxError(e.to_string());
    let (sps, pps) = avcc_parameter_sets(avcc)?;
    let brand = |s: &str| s.parse::<mp4::FourCC>().map_err(err);
    let config = mp4::Mp4Config {
        major_brand: brand("isom")?,
        minor_version: 512,
        compatible_brands: vec![
            brand("isom")?,
            brand("iso2")?,
            brand("avc1")?,
            brand("mp41")?,
        ],
        // A multiple of the frame rate: the crate adds each frame's duration to the movie's in
        // these units, and a frame at 30 fps is no whole number of milliseconds.
        timescale: fps * 100,
    };
    let mut w = mp4::Mp4Writer::write_start(Cursor::new(Vec::new()), &config).map_err(err)?;
    w.add_track(&mp4::TrackConfig {
        track_type: mp4::TrackType::Video,
        timescale: fps,
        language: "und".into(),
        media_conf: mp4::MediaConfig::AvcConfig(mp4::AvcConfig {
            width: u16::try_from(width).map_err(|_| MuxError("too wide".into()))?,
            height: u16::try_from(height).map_err(|_| MuxError("too tall".into()))?,
            seq_param_set: sps,
            pic_param_set: pps,
        }),
    })
    .map_err(err)?;
    for (i, s) in samples.iter().enumerate() {
        w.write_sample(
            1,
            &mp4::Mp4Sample {
                start_time: i as u64,
                duration: 1,
                rendering_offset: 0,
                is_sync: s.key,
                bytes: mp4::Bytes::copy_from_slice(&s.data),
            },
        )
        .map_err(err)?;
    }
    w.write_end().map_err(err)?;
    Ok(w.into_writer().into_inner())
}

/// An EBML element: its ID (with its length marker, as the specification writes it), the
/// size as an 8-byte variable-length integer, the payload.
fn element(out: &mut Vec<u8>, id: u32, payload: &[u8]) {
    let id = id.to_be_bytes();
    let skip = id.iter().take_while(|&&b| b == 0).count();
    out.extend_from_slice(&id[skip..]);
    let size = payload.len() as u64 | (1 << 56);
    out.extend_from_slice(&size.to_be_bytes());
    out.extend_from_slice(payload);
}

fn uint(id: u32, v: u64) -> Vec<u8> {
    let b = v.to_be_bytes();
    let skip = b.iter().take_while(|&&x| x == 0).count().min(7);
    let mut out = Vec::new();
    element(&mut out, id, &b[skip..]);
    out
}

fn float(id: u32, v: f64) -> Vec<u8> {
    let mut out = Vec::new();
    element(&mut out, id, &v.to_be_bytes());
    out
}

fn text(id: u32, s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    element(&mut out, id, s.as_bytes());
    out
}

fn master(id: u32, children: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    element(&mut out, id, &children.concat());
    out
}

/// The WebM codec ID of a WebCodecs codec string (`vp09…` → `V_VP9`, `vp8` → `V_VP8`).
pub fn webm_codec(codec: &str) -> Option<&'static str> {
    if codec.starts_with("vp09") {
        Some("V_VP9")
    } else if codec == "vp8" {
        Some("V_VP8")
    } else {
        None
    }
}

/// A WebM file of one video track (`codec_id`: `V_VP9` or `V_VP8`) at `fps` frames a second,
/// with its duration; a cluster starts at every key frame (and at least every 30 s, the most
/// a block's 16-bit offset in milliseconds can reach).
pub fn webm((width, height): (u32, u32), fps: u32, codec_id: &str, samples: &[Sample]) -> Vec<u8> {
    let ms = |i: usize| (i as f64 * 1000.0 / f64::from(fps.max(1))).round() as u64;
    let header = master(
        0x1A45_DFA3,
        &[
            uint(0x4286, 1),
            uint(0x42F7, 1),
            uint(0x42F2, 4),
            uint(0x42F3, 8),
            text(0x4282, "webm"),
            uint(0x4287, 4),
            uint(0x4285, 2),
        ],
    );
    let info = master(
        0x1549_A966,
        &[
            uint(0x2AD7B1, 1_000_000),
            float(0x4489, ms(samples.len()) as f64),
            text(0x4D80, "Clearance Atlas"),
            text(0x5741, "Clearance Atlas"),
        ],
    );
    let tracks = master(
        0x1654_AE6B,
        &[master(
            0xAE,
            &[
                uint(0xD7, 1),
                uint(0x73C5, 1),
                uint(0x83, 1),
                uint(0x9C, 0),
                text(0x86, codec_id),
                uint(0x23E383, 1_000_000_000 / u64::from(fps.max(1))),
                master(
                    0xE0,
                    &[uint(0xB0, u64::from(width)), uint(0xBA, u64::from(height))],
                ),
            ],
        )],
    );
    let mut clusters = Vec::new();
    let mut cluster: Vec<Vec<u8>> = Vec::new();
    let mut start = 0;
    for (i, s) in samples.iter().enumerate() {
        if cluster.is_empty() || s.key || ms(i) - ms(start) > 30_000 {
            if !cluster.is_empty() {
                clusters.push(master(0x1F43_B675, &cluster));
            }
            start = i;
            cluster = vec![uint(0xE7, ms(i))];
        }
        // SimpleBlock: track 1, the offset from the cluster's time, flags (0x80: key frame).
        let mut block = vec![0x81];
        block.extend_from_slice(&((ms(i) - ms(start)) as i16).to_be_bytes());
        block.push(if s.key { 0x80 } else { 0 });
        block.extend_from_slice(&s.data);
        let mut el = Vec::new();
        element(&mut el, 0xA3, &block);
        cluster.push(el);
    }
    if !cluster.is_empty() {
        clusters.push(master(0x1F43_B675, &cluster));
    }
    let mut segment = vec![info, tracks];
    segment.extend(clusters);
    let mut out = header;
    out.extend(master(0x1853_8067, &segment));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn avcc() -> Vec<u8> {
        let sps = [0x67, 0x64, 0x00, 0x28, 0xac];
        let pps = [0x68, 0xee, 0x3c, 0x80];
        let mut v = vec![1, 0x64, 0x00, 0x28, 0xff, 0xe1, 0, sps.len() as u8];
        v.extend_from_slice(&sps);
        v.extend_from_slice(&[1, 0, pps.len() as u8]);
        v.extend_from_slice(&pps);
        v
    }

    #[test]
    fn parameter_sets_come_out_of_the_avcc_record_and_bad_records_are_refused() {
        let (sps, pps) = avcc_parameter_sets(&avcc()).expect("valid");
        assert_eq!(sps, vec![0x67, 0x64, 0x00, 0x28, 0xac]);
        assert_eq!(pps, vec![0x68, 0xee, 0x3c, 0x80]);
        assert!(avcc_parameter_sets(&[1, 2, 3]).is_err());
        let mut cut = avcc();
        cut.truncate(9);
        assert!(avcc_parameter_sets(&cut).is_err());
    }

    #[test]
    fn an_mp4_reads_back_with_its_size_frames_and_duration() {
        let samples: Vec<Sample> = (0..60)
            .map(|i| Sample {
                data: vec![0, 0, 0, 2, 0x65, i as u8],
                key: i % 30 == 0,
            })
            .collect();
        let bytes = mp4((1080, 1920), 30, &avcc(), &samples).expect("written");
        let size = bytes.len() as u64;
        let r = mp4::Mp4Reader::read_header(Cursor::new(bytes), size).expect("readable");
        let t = r.tracks().get(&1).expect("track 1");
        assert_eq!((t.width(), t.height()), (1080, 1920));
        assert_eq!(t.sample_count(), 60);
        assert_eq!(r.duration().as_millis(), 2000);
    }

    #[test]
    fn a_webm_has_its_header_codec_size_and_one_cluster_per_key_frame() {
        let samples: Vec<Sample> = (0..90)
            .map(|i| Sample {
                data: vec![i as u8; 10],
                key: i % 30 == 0,
            })
            .collect();
        let bytes = webm((1080, 1080), 30, "V_VP9", &samples);
        assert_eq!(&bytes[..4], &[0x1A, 0x45, 0xDF, 0xA3]);
        let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        assert!(has(b"webm") && has(b"V_VP9"));
        let clusters = bytes
            .windows(4)
            .filter(|w| *w == [0x1F, 0x43, 0xB6, 0x75])
            .count();
        assert_eq!(clusters, 3);
        // The duration: 90 frames at 30 a second, in milliseconds.
        assert!(has(&[0x44, 0x89]) && has(&3000f64.to_be_bytes()));
        assert_eq!(webm_codec("vp09.00.40.08"), Some("V_VP9"));
        assert_eq!(webm_codec("avc1.640028"), None);
    }
}
