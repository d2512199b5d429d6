"""Generalisation guard: extraction scored on held-out real articles that the rules were not written from.

tests/fixtures/devset*/ hold real pages of the genre with our own hand labels (not the seed gold). Rules
were later tuned on most of them, so these floors guard against regressions; the honest estimate of
unseen-article quality is the score of a batch before tuning on it (see the closing notes). The floors
sit a little under the measured scores so that a rule tuned to one file which breaks others fails here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = next((p for p in (ROOT.parent / "shared" / "eval" / "score.py", Path("/work/shared/eval/score.py"))
               if p.exists()), Path("/work/shared/eval/score.py"))
FIXTURES = ROOT / "tests" / "fixtures"

FLOORS = {
    "devset": {"targets": 0.92, "achievements": 0.92, "industries": 0.82},
    "devset2": {"targets": 0.88, "achievements": 0.90, "industries": 0.93},  # ind11: industries 0.928
    # kind10 (policy_count): targets 0.87; kind11 (plan_as_noun 规划建设用地, 三规划(…); size_class): targets 0.923 /
    # achievements 0.886
    "devset3": {"targets": 0.92, "achievements": 0.87, "industries": 0.89},  # ind11: industries 0.909; tgt23 targets 0.938
    "devset4": {"targets": 0.95, "achievements": 0.94, "industries": 0.92},  # ind11: industries 0.941; kind11: 0.976 / 0.957
    "devset5": {"targets": 0.93, "achievements": 0.94, "industries": 0.90},  # ind10: 0.874; ind11: 0.891; ind12: 0.920
    # kind9: targets 0.72 -> 0.91; recall9 (shares in tenths, ranks, headlines): achievements 0.94
    "devset6": {"targets": 0.95, "achievements": 0.95, "industries": 0.81},  # ind10: 0.800; ind11: 0.813; kind15 0.935 / 0.951; tprec21 0.967 / 0.962
    # tuned (what7); untouched was 0.47/0.86/0.48; kind10 (plan_as_noun): targets 0.88
    "devset7": {"targets": 0.95, "achievements": 0.96, "industries": 0.93},  # ind11: industries 0.929; kind15: targets 0.929, achievements 0.969
    # kinds tuned on devset8 (kind8: 0.93 / 0.95), industries (ind8: 0.82); untouched at the end of the last phase 0.70 / 0.90 / 0.66
    # recall9 (ranks, 批/架, headlines, dedupe): achievements 0.98
    "devset8": {"targets": 0.96, "achievements": 0.98, "industries": 0.86},  # ind11: industries 0.881; kind15 targets 0.958, achievements 0.986
    # untouched at this phase's start (e4ee10a): devset11 0.58 / 0.90 / 0.51, devset12 0.47 / 0.81 / 0.64
    # kinds tuned on them (kind9): devset11 targets 0.82 / achievements 0.94, devset12 0.81 / 0.93; industries
    # tuned on both (ind9): 0.94 / 0.83
    # recall9 (八成, ranks 前三/前进3位, 批次, dedupe …) with kind9: devset11 achievements 0.94, devset12 0.94
    # kind10 (plan_as_noun): devset11 targets 0.84; kind11 (aims handed on only by aims): targets 0.913 / achievements 0.962
    "devset11": {"targets": 0.95, "achievements": 0.96, "industries": 0.90},
    "devset12": {"targets": 0.95, "achievements": 0.94, "industries": 0.84},  # tprec20 0.974 / 0.957
    # held out all of the last phase, never learned from; floors a little under the untouched score at its end
    # (d02bdb4): devset13 0.43 / 0.88 / 0.72, devset14 (target-rich) 0.93 / 0.88 / 0.71
    # kind10 (rules each needed by three or more batches, learned from these): devset13 targets 0.485 / achievements
    # 0.90, devset14 targets 0.935; ind10 (tuned on them since): industries devset13 0.72 -> 0.77, devset14 0.71 -> 0.76
    # ind11 (rules each needed by three or more batches): industries devset13 0.77 -> 0.84, devset14 0.76 -> 0.81
    # kind11 (aims handed on only by aims; size_class): devset13 targets 0.516 / achievements 0.902, devset14 targets 0.946
    # kind12 (change to a past year, capacity with its product named): devset13 targets 0.552 / achievements 0.909
    # kind13 (programme_plan: 计划 as a noun): devset13 targets 0.762 / achievements 0.935
    "devset13": {"targets": 0.74, "achievements": 0.93, "industries": 0.81},
    "devset14": {"targets": 0.94, "achievements": 0.88, "industries": 0.86},  # ind27 industries 0.889
    # held out through the last round (kind10, ind10, zone10), never learned from; floors a little under the
    # untouched score at its end (ff60114): 0.72 / 0.89 / 0.39
    # ind11 (learned from it with the other twelve, rules each needed by three or more batches): industries 0.70
    # kind11 (learned from it with three others): targets 0.778 / achievements 0.907
    "devset15": {"targets": 0.88, "achievements": 0.92, "industries": 0.67},  # tprec21 0.903 / 0.938
    # held out through round 11 (kind11, ind11, year11, zone11, metric11/12, speed11), labelled this session by helpers
    # who never read the rules, errors never read before the end; untouched at the start (040e788) and end (46b9d65):
    # devset16 0.49 / 0.84 / 0.46 both; devset17 0.42 / 0.88 / 0.60 -> 0.38 / 0.87 / 0.60; devset18 0.67 / 0.87 / 0.74
    # -> 0.68 / 0.88 / 0.74; devset19 (target-rich) 0.86 / 0.89 / 0.75 both. Floors a little under the end scores.
    # kind14 (tuned: review_estimate, estimate_against_last_year): targets 0.500 -> 0.522, achievements 0.847 -> 0.859
    "devset16": {"targets": 0.84, "achievements": 0.93, "industries": 0.60},  # ach15: achievements 0.859 -> 0.873; indrec16 (tuned) industries 0.471 -> 0.632; tprec21 0.857 / 0.954
    # kind12: devset17 targets 0.375 -> 0.424 (可年产饲料12万吨 a target again), achievements 0.871 -> 0.875
    "devset17": {"targets": 0.80, "achievements": 0.88, "industries": 0.78},  # ind12 (tuned): industries 0.596 -> 0.741; num13 targets 0.424 -> 0.452; indprec18 0.800; tprec21 0.824 / 0.903
    # kind14 (tuned, planned_total_investment): targets 0.700 -> 0.718, achievements 0.883 -> 0.888
    "devset18": {"targets": 0.78, "achievements": 0.90, "industries": 0.74},  # ind12 (tuned): industries 0.738 -> 0.747; num13 targets 0.683 -> 0.700; tprec21 0.800 / 0.922
    "devset19": {"targets": 0.93, "achievements": 0.93, "industries": 0.95},  # ind12 (tuned): industries 0.750 -> 0.766; indrec18 industries 0.826; indrec20 industries 0.962
    # held out through round 12 (zone12, ind12, kind12), labelled by rule-blind helpers, errors read only after the end
    # score; untouched at its start (755e0ae) and end (70de573): devset20 0.71 / 0.92 / 0.73 both; devset21
    # 0.65 / 0.87 / 0.54 -> 0.72 / 0.89 / 0.54
    # kind13 (tuned, programme_plan): devset20 targets 0.706 -> 0.727, achievements 0.916 -> 0.922
    # indrec16 (tuned): industries 0.792 -> 0.897; year16 (a yield list stops at 其中): targets 0.727 -> 0.774,
    # achievements 0.922 -> 0.932
    "devset20": {"targets": 0.78, "achievements": 0.92, "industries": 0.98},  # tprec16 on year16: 0.800 / 0.937; indrec20 industries 0.915; ind21 0.933; ind24 industries 0.967; ind27 industries 1.000
    "devset21": {"targets": 0.70, "achievements": 0.88, "industries": 0.68},  # indrec20 industries 0.697
    # held out through round 13 (kind13, num13, year13), errors read only after the end score; untouched at its start
    # (8392883) and end (b2f167a) alike: 0.29 (9 targets only) / 0.92 / 0.69
    # kind14 (tuned: planned_total_investment, review_estimate): targets 0.286 -> 0.400, achievements 0.922 -> 0.947
    "devset22": {"targets": 0.55, "achievements": 0.94, "industries": 0.88},  # indrec18 industries 0.897; tprec20 0.444 / 0.950; tprec21 0.571 / 0.951
    # held out through round 14 (gaz14, speed12, kind14, ind14, year14, zone15, kind15, ach15, metric15), errors read
    # only after the end score; untouched at its start (05544d5) -> end (a948c92), pooled: targets 0.673 -> 0.677,
    # achievements 0.886 -> 0.888, industries 0.584 -> 0.585
    "devset23": {"targets": 0.94, "achievements": 0.96, "industries": 0.76},  # 0.703 / 0.954 / 0.607 both ends; lead15 (tuned) industries 0.721, indrec16 0.781; tprec21 0.929 / 0.979; kind25 0.963 / 0.983
    "devset24": {"targets": 0.85, "achievements": 0.90, "industries": 0.68},  # 0.810 / 0.914 / 0.548 -> 0.542; indrec16 (tuned) 0.656; nonfact27 targets 0.872; ind27 industries 0.708
    "devset25": {"targets": 0.83, "achievements": 0.92, "industries": 0.80},  # 0.725 -> 0.733 / 0.877 -> 0.881 / 0.495; lead15 (tuned) 0.560, indrec16 0.661; indrec18 industries 0.691; tprec21 0.851 / 0.942; ind23 industries 0.804; ind27 industries 0.826
    # 0.462 / 0.790 / 0.635 -> 0.659; indrec16 (tuned) 0.736; year16 targets 0.485
    "devset26": {"targets": 0.67, "achievements": 0.86, "industries": 0.76},  # tprec16 on year16: 0.548 / 0.813; ach16 0.823; ind17 industries 0.736 -> 0.782; tprec20 0.643 / 0.859; tprec21 0.679 / 0.873; tgt23 0.692 / 0.877
    "devset27": {"targets": 0.93, "achievements": 0.95, "industries": 0.72},  # 0.696 -> 0.706 / 0.885 -> 0.890 / 0.657 -> 0.646; indrec18 industries 0.677; tprec20 0.918 / 0.963; tprec21 0.949 / 0.972; ind21 industries 0.716; ind23 industries 0.735
    # tprec16 (tuned on all 25 batches: estimate_reach, weak aim words of other clauses, meeting_session, compound
    # units): targets devset5 0.859 -> 0.953, devset6 0.935 -> 0.951, devset7 0.929 -> 0.964, devset14 0.946 -> 0.952,
    # devset16 0.522 -> 0.529, devset17 0.452 -> 0.483, devset19 0.869 -> 0.919, devset20 0.727 -> 0.750, devset23
    # 0.703 -> 0.743, devset24 0.810 -> 0.829, devset25 0.733 -> 0.813, devset26 0.462 -> 0.525, devset27 0.706 -> 0.716
    # held out through round 15 (untouched at start 18e57dd -> end 7aef599): targets / achievements / industries
    "devset28": {"targets": 0.91, "achievements": 0.87, "industries": 0.81},  # 0.938 / 0.888 -> 0.893 / 0.713; indrec18 industries 0.776; indrec20 industries 0.791; ind23 industries 0.828
    "devset29": {"targets": 0.76, "achievements": 0.88, "industries": 0.74},  # 0.609 -> 0.636 / 0.873 -> 0.882 / 0.426 -> 0.537; ind17 0.576; indprec18 0.606; indrec18 industries 0.647; indrec20 industries 0.740; tprec20 0.700 / 0.896; tprec21 0.700 / 0.896; kind25 0.778 / 0.914; ind27 industries 0.767
    "devset30": {"targets": 0.94, "achievements": 0.91, "industries": 0.79},  # 0.906 / 0.898 -> 0.915 / 0.525; ind17 0.590; indrec18 industries 0.613; indrec20 industries 0.784; tprec21 0.960 / 0.930; ind23 industries 0.800
    "devset31": {"targets": 0.72, "achievements": 0.91, "industries": 0.76},  # 0.560 -> 0.600 / 0.886 -> 0.882 / 0.567; indprec18 0.600; indrec18 industries 0.623; indrec20 industries 0.708; tprec20 0.696 / 0.917; tprec21 0.744 / 0.931; ind21 industries 0.727; ind23 industries 0.783
    "devset32": {"targets": 0.69, "achievements": 0.88, "industries": 0.82},  # 0.417 -> 0.435 -> 0.476 (tprec17) / 0.841 -> 0.852 -> 0.862 / 0.684 -> 0.734; indrec18 industries 0.775; indrec20 industries 0.829; tprec20 0.714 / 0.898
    # held out through round 16 (untouched at its start 2852004 and its end a39e148 alike)
    "devset33": {"targets": 0.65, "achievements": 0.87, "industries": 0.65},  # 0.525 / 0.828 / 0.633; indrec18 industries 0.667; indprec18 0.667; tprec19 0.653 / 0.884; tprec21 0.667 / 0.889
    "devset34": {"targets": 0.91, "achievements": 0.96, "industries": 0.86},  # 0.776 / 0.965 / 0.714; indrec20 industries 0.857; tprec21 0.826 / 0.978; tgt24 0.905 / 0.966; kind25 0.930 / 0.969; ind27 industries 0.880
    # tone18 (tuned on all 33 batches: the own year dates an aim only where its statement plans, section_kind in place
    # of the page's tone, aims handed on within a paragraph only from sentences of aims): targets / achievements
    # devset8 0.958 -> 0.968, devset11 0.913 -> 0.977 / 0.967 -> 0.975, devset12 0.810 -> 0.919 / 0.940 -> 0.952,
    # devset15 0.778 -> 0.875 / 0.924 -> 0.942, devset16 0.529 -> 0.590 / 0.877 -> 0.896, devset17 0.483 -> 0.737 /
    # 0.875 -> 0.895, devset18 0.718 -> 0.757 / 0.897 -> 0.907, devset19 0.919 -> 0.955 / 0.928 -> 0.950, devset23
    # 0.743 -> 0.897 / 0.961 -> 0.983, devset25 0.813 -> 0.831 / 0.926 -> 0.934, devset26 0.548 -> 0.607 / 0.823 ->
    # 0.851, devset27 0.716 -> 0.842 / 0.895 -> 0.945, devset29 0.636 -> 0.651, devset31 0.600 -> 0.638 / 0.882 ->
    # 0.896, devset32 0.476 -> 0.556 / 0.862 -> 0.878, devset33 0.525 -> 0.571 / 0.828 -> 0.852, devset34 0.776 ->
    # 0.792 / 0.965 -> 0.969, devset35 0.333 -> 0.364 / 0.946 -> 0.949
    # reach18 (tuned on all 33 batches: a plan word closing its clause reaches no figure past its comma, kind_markers
    # plan_as_object): targets / achievements devset16 0.590 -> 0.621 / 0.896 -> 0.907, devset26 0.607 -> 0.618 /
    # 0.851 -> 0.856, devset29 0.651 -> 0.683 / 0.882 -> 0.892, devset33 0.571 -> 0.640 / 0.852 -> 0.880, devset35
    # 0.364 -> 0.500 / 0.949 -> 0.958
    "devset35": {"targets": 0.31, "achievements": 0.94, "industries": 0.91},  # 0.333 (5 labels) / 0.946 / 0.542; indprec18 0.576; indrec20 industries 0.885; tprec21 0.333 / 0.959: one; ind24 industries 0.937
    # label lost on a page of results, dev_594 预计引进项目投资50亿~60亿美元 (an estimate read as the page reads)
    # held out through round 17 (start 5fb8eb7 -> end 77e7310, scored untouched at both; labels by helpers who never
    # read the rules): targets / achievements / industries at the end
    "devset36": {"targets": 0.76, "achievements": 0.91, "industries": 0.79},  # 0.649 / 0.868 / 0.744; indrec20 industries 0.800; tprec21 0.686 / 0.879; tgt23 0.774 / 0.899; tgt25 achievements 0.927
    "devset37": {"targets": 0.92, "achievements": 0.90, "industries": 0.56},  # 0.918 / 0.926 / 0.471; indrec20 industries 0.514; ind21 0.575; tgt24 targets 0.949
    "devset38": {"targets": 0.78, "achievements": 0.87, "industries": 0.75},  # 0.685 / 0.853 / 0.633; tprec19 0.714 / 0.868; indrec20 industries 0.767; tprec20 0.765 / 0.887; dates20 (dev_629 dated 2017-10-19) 0.746 / 0.883; ind23 industries 0.773; tgt25 targets 0.800
    "devset39": {"targets": 0.52, "achievements": 0.83, "industries": 0.71},  # 0.522 / 0.843 / 0.611; indrec20 industries 0.667; tprec20 0.545 / 0.852; ind24 industries 0.734
    "devset40": {"targets": 0.88, "achievements": 0.96, "industries": 0.83},  # 0.667 / 0.944 / 0.747; indrec20 industries 0.843; tprec21 0.811 / 0.975; tgt26 targets 0.900
    "devset41": {"targets": 0.87, "achievements": 0.93, "industries": 0.51},  # 0.552 / 0.904 / 0.495; indrec20 industries 0.511; tprec20 0.727 / 0.930; tprec21 0.842 / 0.936; ind23 industries 0.526; tgt23 0.889 / 0.941
    # held out through round 18 (start a30778c -> end c613e16, the same scores at both): targets / achievements /
    # industries
    "devset42": {"targets": 0.75, "achievements": 0.89, "industries": 0.65},  # 0.708 / 0.885 / 0.475; tprec20 0.754 / 0.910; ind23 industries 0.590; tgt25 targets 0.774; ind27 industries 0.677
    "devset43": {"targets": 0.76, "achievements": 0.86, "industries": 0.64},  # 0.734 / 0.878 / 0.578; indrec20 industries 0.636; tprec20 0.750 / 0.882; ind25 industries 0.667; kind25 0.779 / 0.899
    "devset44": {"targets": 0.90, "achievements": 0.93, "industries": 0.81},  # 0.836 / 0.930 / 0.794; indrec20 industries 0.824; tprec20 0.868 / 0.939; tprec21 0.920 / 0.952
    # held out through round 19 (start 0f6b27d -> end 6ad1b33; scored at both before any rule was written from
    # them): targets / achievements / industries
    "devset45": {"targets": 0.85, "achievements": 0.92, "industries": 0.74},  # 0.588 / 0.884 -> 0.887 / 0.630 -> 0.667; tprec21 0.769 / 0.922; tgt23 0.870 / 0.934; ind23 industries 0.759
    "devset46": {"targets": 0.66, "achievements": 0.89, "industries": 0.77},  # 0.667 / 0.915 / 0.651; ind21 industries 0.766; ind25 industries 0.792; kind27 targets 0.688
    "devset47": {"targets": 0.58, "achievements": 0.88, "industries": 0.59},  # 0.607 / 0.904 / 0.597 -> 0.618
    "devset48": {"targets": 0.53, "achievements": 0.84, "industries": 0.84},  # 0.440 -> 0.458 / 0.810 -> 0.819 / 0.775; ind21 industries 0.790; ind25 industries 0.819; ind27 industries 0.860; kind27 targets 0.550, achievements 0.867
    "devset49": {"targets": 0.69, "achievements": 0.89, "industries": 0.69},  # 0.526 / 0.895 / 0.673 -> 0.702; tprec21 0.625 / 0.909; ind23 industries 0.712; tgt24 targets 0.667; kind27 targets 0.714
    # held out until round 20's start (scored untouched at bdbad9f before anyone read their errors; fixtures from
    # then on, so later scores on them are tuned): targets / achievements / industries
    "devset50": {"targets": 0.71, "achievements": 0.92, "industries": 0.71},  # 0.737 / 0.938 / 0.735
    "devset51": {"targets": 0.81, "achievements": 0.90, "industries": 0.74},  # 0.831 / 0.919 / 0.687; ind23 industries 0.706; ind24 industries 0.735; ind25 industries 0.765
    "devset52": {"targets": 0.57, "achievements": 0.88, "industries": 0.59},  # 0.559 / 0.878 / 0.586; tprec21 0.585 / 0.894; ind25 industries 0.610
    # tprec21 0.450 / 0.931: 近期即将签约…等6个项目,拟定协议投资… on a page of results reads the 拟定 after the count as
    # the page reads (即将 is no kind marker)
    "devset53": {"targets": 0.44, "achievements": 0.91, "industries": 0.82},  # 0.488 / 0.933 / 0.722; ind23 industries 0.842
    "devset54": {"targets": 0.90, "achievements": 0.92, "industries": 0.74},  # 0.793 / 0.908 / 0.698; ind23 industries 0.758; tgt23 0.807 / 0.912; kind25 0.920 / 0.938
    # held out through round 20 (start bdbad9f -> end f0e8874; nobody read their errors before the end score):
    # targets / achievements / industries
    "devset55": {"targets": 0.68, "achievements": 0.85, "industries": 0.76},  # 0.678 -> 0.702 / 0.864 -> 0.875 / 0.659; ind23 industries 0.713; ind27 industries 0.787
    "devset56": {"targets": 0.57, "achievements": 0.88, "industries": 0.71},  # 0.591 -> 0.571 / 0.890 -> 0.885 / 0.635; tgt23 0.585 / 0.891; ind23 industries 0.697; ind27 industries 0.737
    "devset57": {"targets": 0.77, "achievements": 0.92, "industries": 0.61},  # 0.776 / 0.929 / 0.444; tgt23 0.792 / 0.933; ind24 industries 0.507; ind25 industries 0.541; ind27 industries 0.632
    # held out until round 21's start (scored untouched at dd80ca9 before anyone read their errors; fixtures from
    # then on, so later scores on them are tuned): targets / achievements / industries
    "devset58": {"targets": 0.78, "achievements": 0.86, "industries": 0.62},  # 0.796 / 0.868 / 0.611; tgt23 0.804 / 0.874; ind24 industries 0.649
    "devset59": {"targets": 0.84, "achievements": 0.93, "industries": 0.84},  # 0.725 / 0.908 / 0.745; ind23 industries 0.857; kind27 targets 0.862, achievements 0.958
    "devset61": {"targets": 0.82, "achievements": 0.89, "industries": 0.78},  # 0.769 / 0.874 / 0.775; ind23 industries 0.796; tgt24 0.845 / 0.913
    "devset62": {"targets": 0.63, "achievements": 0.82, "industries": 0.65},  # 0.655 / 0.844 / 0.642; ind24 industries 0.679
    "devset64": {"targets": 0.48, "achievements": 0.84, "industries": 0.67},  # 0.412 / 0.862 / 0.604; ind23 industries 0.617; ind24 industries 0.673; ind25 industries 0.696; kind25 0.500 / 0.879
    # held out through round 21 (start dd80ca9 -> end ce6867a; nobody read their errors before the end score):
    # targets / achievements / industries, the same at both but devset65's industries
    "devset60": {"targets": 0.88, "achievements": 0.92, "industries": 0.83},  # 0.824 / 0.943 / 0.852; tgt24 0.903 / 0.957
    "devset63": {"targets": 0.69, "achievements": 0.91, "industries": 0.66},  # 0.688 / 0.932 / 0.638; tgt24 targets 0.710; ind27 industries 0.686
    "devset65": {"targets": 0.68, "achievements": 0.90, "industries": 0.62},  # 0.704 / 0.921 / 0.545 -> 0.590; ind25 industries 0.642
    "devset66": {"targets": 0.32, "achievements": 0.89, "industries": 0.79},  # 0.258 (4 labels) / 0.890 / 0.778; ind24 industries 0.811; tgt24 0.348 / 0.918
    # round 22: labelled by rule-blind helpers, scored untouched at the start commit 06b0eb1, then fixtures at once
    # (held-out batches of the round stay outside the repository until its end)
    "devset67": {"targets": 0.67, "achievements": 0.86, "industries": 0.51},  # 0.692 (16 labels) / 0.882 / 0.539
    "devset69": {"targets": 0.82, "achievements": 0.89, "industries": 0.73},  # 0.525 (21 labels) / 0.886 / 0.714; ind25 industries 0.750; nonfact27 targets 0.568; kind27 targets 0.840, achievements 0.916
    # held out through round 22 (start 06b0eb1 -> end ee37837, every extraction branch landed; nobody read their errors
    # before the end score): targets / achievements / industries, the same at both
    "devset68": {"targets": 0.73, "achievements": 0.87, "industries": 0.83},  # 0.712 / 0.894 / 0.853; nonfact27 targets 0.737; kind27 targets 0.750
    "devset70": {"targets": 0.64, "achievements": 0.88, "industries": 0.70},  # 0.552 / 0.903 / 0.697; ind25 industries 0.727; kind25 0.627 / 0.912; kind27 targets 0.667
    "devset71": {"targets": 0.81, "achievements": 0.91, "industries": 0.65},  # 0.806 / 0.935 / 0.624; ind25 industries 0.674; kind27 targets 0.831
    "devset72": {"targets": 0.60, "achievements": 0.85, "industries": 0.61},  # 0.625 / 0.874 / 0.587; ind25 industries 0.632
    # round 23: labelled by rule-blind helpers, scored untouched at the start commit 01fa91f, then fixtures at once
    "devset73": {"targets": 0.83, "achievements": 0.88, "industries": 0.65},  # 0.750 (16 labels) / 0.911 / 0.681; kind27 targets 0.857
    "devset75": {"targets": 0.43, "achievements": 0.88, "industries": 0.82},  # 0.452 (16 labels) / 0.901 / 0.848
    # held out through round 23 (start 01fa91f -> end 7a4dfb4, every extraction branch landed; nobody read their errors
    # before the end score): targets / achievements / industries, start -> end
    "devset74": {"targets": 0.64, "achievements": 0.87, "industries": 0.79},  # 0.625 -> 0.667 (19 labels) / 0.888 -> 0.893 / 0.816
    "devset76": {"targets": 0.81, "achievements": 0.91, "industries": 0.72},  # 0.831 (41 labels) / 0.930 / 0.706 -> 0.698; ind27 industries 0.742
    "devset77": {"targets": 0.46, "achievements": 0.89, "industries": 0.63},  # 0.483 (17 labels) / 0.921 -> 0.915 / 0.632; ind27 industries 0.655
    "devset78": {"targets": 0.38, "achievements": 0.91, "industries": 0.81},  # 0.400 (9 labels) / 0.936 / 0.764 -> 0.836
    # round 23: labelled at its end, scored once at the final commit 9e01874 (no rule written from them)
    "devset79": {"targets": 0.55, "achievements": 0.84, "industries": 0.57},  # 0.571 (11 labels) / 0.863 / 0.557; ind27 industries 0.590
    "devset80": {"targets": 0.68, "achievements": 0.90, "industries": 0.62},  # 0.706 (7 labels) / 0.926 / 0.580; ind27 industries 0.642
    "devset81": {"targets": 0.79, "achievements": 0.93, "industries": 0.74},  # 0.667 (13 labels) / 0.926 / 0.766; kind27 targets 0.815, achievements 0.951
    "devset82": {"targets": 0.81, "achievements": 0.92, "industries": 0.70},  # 0.743 (32 labels) / 0.901 / 0.667; ind27 industries 0.720; kind27 targets 0.839, achievements 0.945
    # round 24, held out to its end (start 8e728bf -> end 96b21b4), floors under the end scores
    "devset83": {"targets": 0.46, "achievements": 0.87, "industries": 0.69},  # 0.486 (10 labels) / 0.898 / 0.712
    "devset84": {"targets": 0.90, "achievements": 0.83, "industries": 0.54},  # 0.923 (6 labels) / 0.857 / 0.561
    "devset85": {"targets": 0.67, "achievements": 0.93, "industries": 0.68},  # 0.696 (11 labels) / 0.954 / 0.703
    "devset86": {"targets": 0.67, "achievements": 0.87, "industries": 0.79},  # 0.692 (10 labels) / 0.893 / 0.815
    "devset87": {"targets": 0.60, "achievements": 0.78, "industries": 0.78},  # 0.623 (61 labels) / 0.801 / 0.807
    "devset88": {"targets": 0.94, "achievements": 0.94, "industries": 0.57},  # 0.960 (12 labels) / 0.961 / 0.590
}

# the year of matched figures and the zone of each document (scored where the gold has zones.csv), a little under
# the tuned scores of branch where7
WHEN_WHERE_FLOORS = {
    # dates21 (目前/现有 date no figure of an undated review whose year is only inferred as the one after the year it
    # reports on): year raised devset6 0.98, devset13 0.93, devset21 0.86, devset23 0.75, devset25 0.87, devset33 0.89,
    # devset36 0.97, devset42 0.84, devset48 0.87, devset50 0.85 (unseen then: 0.79); devset46 0.96 -> 0.94 (its 目前 is
    # labelled with the inferred year)
    "devset": {"year": 0.73},
    "devset2": {"year": 0.95},  # year8: 0.96 (0.95 since); year9: 0.96
    "devset3": {"year": 0.84},
    # zone11 (a gazetteer zone by its common name, 南昌|小蓝经济技术开发区): devset4, 6, 14, 15 one more each
    "devset4": {"year": 0.93, "zone_acc": 0.91},  # year8: 0.95; zone24 (a page naming no place keeps its bare zone word apart, unresolved: 经开区(未识别:…); its label accepted the bare word): 12/13 (dev_45 高新区)
    # (devset5: 0.89 since what7's kind rules match five more of dev_74's four-year rates, labelled with the
    # report's year, which a span of years leaves empty: a year question for where7, not a regression)
    "devset5": {"year": 0.89, "zone_acc": 0.92},
    "devset6": {"year": 0.97, "zone_acc": 0.99},
    "devset7": {"year": 0.96, "zone_acc": 0.94},  # tuned (where7, year8: 0.98); untouched was year 0.69, zone 0.89
    # untouched at the end of the last phase (year 0.83, zone 0.76); zone tuned on it since (zone8): 1.00,
    # year (year8): 0.97
    "devset8": {"year": 0.95, "zone_acc": 0.94},  # zone24 (a page naming no place keeps 示范区 apart, unresolved): 16/17 (dev_124)
    # untouched at this phase's start (e4ee10a): devset11 year 0.70, zone 11/12; devset12 year 0.69, zone 12/12
    # year9 (tuned on them): devset11 0.70 -> 0.925, devset12 0.69 -> 0.98; zone: devset11 12/12 since main 720c32b
    # year14 (an undated page about its own year gives its unmarked results for it): devset11 0.93 -> 0.95
    "devset11": {"year": 0.93, "zone_acc": 0.99},
    "devset12": {"year": 0.97, "zone_acc": 0.99},
    # untouched at the end of the last phase (d02bdb4): devset13 year 0.81, zone 10/12; devset14 0.76, 9/12
    # zone10 (tuned on them): devset13 11/12, devset14 11/12
    # year11 (anniversary and plan-place years, project news in a review; tuned on all batches): devset13 year
    # 0.82 -> 0.88, devset14 0.76 -> 0.79, devset15 0.65 -> 0.75
    # year14: devset13 0.90 -> 0.91, devset14 0.83 -> 0.84 (an average up to a deadline), devset15 0.75 -> 0.99
    "devset13": {"year": 0.92, "zone_acc": 0.99},  # zone22: 12/12 (海口国家高新技术产业开发区 under its official name)
    # year13 (a site's clock above the byline is no publish date; tuned on all batches): devset13 0.88 -> 0.89,
    # devset14 0.79 -> 0.83
    "devset14": {"year": 0.82, "zone_acc": 0.99},  # zone11: 12/12
    # untouched at the end of the last round (ff60114): year 0.65, zone 10/12
    # zone24 (a page naming no place keeps its bare zone word apart, unresolved: 经开区(未识别:…); its label accepted the bare word): 10/12 (dev_261 开发区)
    "devset15": {"year": 0.96, "zone_acc": 0.82},  # zone11: 11/12; zone15 (经济技术开发区 alone): 12/12;
    # zone23: 11/12 — dev_268's label wants 慈湖 without its city, which a high-tech zone no longer goes by (city_kept:
    # the labels of 5 pages in 5 batches want the city-first name; one zone keeps one name)
    # held out through round 11: year / zone at the start (040e788) and end (46b9d65): devset16 0.97 / 12 of 12 both,
    # devset17 0.81 -> 0.83 / 10 of 12, devset18 0.86 / 10 of 12 both, devset19 0.85 -> 0.88 / 9 of 12
    "devset16": {"year": 0.95, "zone_acc": 0.99},
    # zone12 (tuned on them): 临港经济区 a zone word (devset17, devset19 one each), 开发区·铁山区 (devset17 one)
    # year13 (the year's own work meeting frames an undated page; 新的一年 in a page of a year under way): devset17
    # 0.84 -> 0.89, devset19 0.88 -> 0.91, devset20 0.80 -> 0.87
    # year14: devset17 0.89 -> 0.92, devset22 0.98 -> 0.99
    "devset17": {"year": 0.93, "zone_acc": 0.99},
    # zone16 (衢州绿色产业集聚区 a zone of its own): 11/12; zone22: 12/12 (贵阳国家…); tprec21: year 0.84 -> 0.82, no year
    # changed: two figures newly matched as achievements (dev_341 全年地区生产总值584.1亿元, 2016) meet labels that carry no year
    "devset18": {"year": 0.83, "zone_acc": 0.99},  # dates23 0.825 -> 0.851
    # year14 (the start of a change, 由1.6万户增加至…, is of an earlier year): devset19 0.91 -> 0.92, devset21 0.70 -> 0.72
    # year16 (a plan period compared with, 是“十一五”末的1.7倍, dates no figure): devset19 0.92 -> 0.95, devset23
    # 0.66 -> 0.71 (with the yield list), devset26 0.89 -> 0.95
    # tone18: 0.95 -> 0.92, not a year read worse: six more figures of dev_371 matched (今年新引进…项目达39个 is a result
    # now), on a page that names no date nor year at all; the labels' 2011 comes from outside the page
    "devset19": {"year": 0.96, "zone_acc": 0.99},  # zone15 (经济开发区 alone): 11/12; zoneyear18 (an undated page's
    # only year in 2011湖北—广州…推介会): year 0.92 -> 0.98; zone20 (中关村科技园区石景山园): 12/12
    # held out through round 12: year 0.80 / 0.70 and zone 11 of 12 each, start and end alike
    "devset20": {"year": 0.85, "zone_acc": 0.91},  # zone16 (台州湾新区 a zone of its own): 12/12; zone24 (a page naming no place keeps its bare zone word apart, unresolved: 经开区(未识别:…); its label accepted the bare word): 11/12 (dev_383 开发区)
    "devset21": {"year": 0.85, "zone_acc": 0.99},  # zone16 (a proper name no place holds): 12/12; year17 0.72 -> 0.84
    # held out through round 13: year 0.98, zone 8 of 12, start and end alike
    "devset22": {"year": 0.97, "zone_acc": 0.65},  # zone16 (吉凤经济开发区): 9/12; zone20 10/12; zone24 (a page naming no place keeps its bare zone word apart, unresolved: 经开区(未识别:…); its label accepted the bare word): 8/12 (dev_423 经开区, dev_430 开发区)
    # held out through round 14 (start 05544d5 -> end a948c92): year 0.66 / 0.88->0.89 / 0.82 / 0.89 / 0.88; zone
    # 12, 9, 10, 9, 10 of 12, start and end alike
    "devset23": {"year": 0.73, "zone_acc": 0.99},
    "devset24": {"year": 0.91, "zone_acc": 0.91},  # zone22: 11/12 (海口, 贵阳国家…); year27 (event months, spans up to now, a zone's extent): year 0.93
    "devset25": {"year": 0.88, "zone_acc": 0.98},  # zone20 11/12; zone27 12/12 (曹妃甸工业区); year27 (event months, spans up to now, a zone's extent): year 0.90
    "devset26": {"year": 0.94, "zone_acc": 0.89},  # zone22: 10/12 (a park in a page of its 经开区); zone25: 11/12 (a zone of another city named once in the body)
    "devset27": {"year": 0.88, "zone_acc": 0.90},  # zone16 (苏银产业园): 11/12
    # held out through round 15 (start 18e57dd -> end 7aef599): year 0.85 -> 0.84 / 0.82 / 0.82 -> 0.80 / 0.70 /
    # 0.63 -> 0.62; zone 8, 12, 12, 7 -> 8, 11 of 12
    "devset28": {"year": 0.82, "zone_acc": 0.99},  # zone17 (安徽巢湖经济开发区, 古雷开发区 from public lists): 10/12;
    # zoneyear18 (a zone named without its city in its city's page: 钱江经济开发区): 11/12; zone21 (马鞍山慈湖… under its
    # official name) 12/12, withdrawn: a zone keeps one name on the dashboard; zone23 12/12 (马鞍山慈湖…: city_kept, one name)
    "devset29": {"year": 0.92, "zone_acc": 0.99},  # year17 (years as comparison bases) 0.82 -> 0.89
    "devset30": {"year": 0.84, "zone_acc": 0.99},  # zoneyear18 (2010年7月 is 2010's): 0.80 -> 0.81; dates22 0.86
    "devset31": {"year": 0.82, "zone_acc": 0.99},  # year17 (years as comparison bases) 0.70 -> 0.82; zoneyear18; zone23 12/12 (长春净月…: city_kept)
    # (智造新城, 汽开区 in their city's pages): zone 8/12 -> 10/12; year 0.82 -> 0.84 (去年12月 is last year's);
    # zone21 (长春净月高新区 shown by its official name): zone 11/12, withdrawn; zone22: 11/12 (中德天津大邱庄生态城)
    "devset32": {"year": 0.80, "zone_acc": 0.99},  # dates25 (拥有…: periods.csv holding): 0.82; zoneyear18 (2009中国(宁夏)国际投资贸易洽谈会 dates its page): 0.62 -> 0.75; zone22: 12/12 (城西循环经济产业园 in a page of its 开发区)
    # held out through round 16 (start 2852004 -> end a39e148): year 0.86 / 0.74 / 0.94 -> 0.96; zone 11, 11, 12 of 12
    "devset33": {"year": 0.87, "zone_acc": 0.99},  # reach18: 0.91 -> 0.87, seven figures of dev_571 newly matched as
    # achievements carry no year (the page names none; the labels give 2023), none of the years matched before changed; zoneyear18 (医药高新区 in a 泰州 page): 12/12, year 0.86 -> 0.90
    "devset34": {"year": 0.97, "zone_acc": 0.99},  # zoneyear18 (全年 in a February page): 0.74 -> 0.77; zone20 12/12; dates23 0.931; dates25 (this_year_part, capacity_list_per_year) 0.99
    "devset35": {"year": 0.97, "zone_acc": 0.99},
    # held out through round 17 (start 5fb8eb7 -> end 77e7310): year and zone at the end
    "devset36": {"year": 0.95, "zone_acc": 0.99},  # 0.91, zone 10/12; zone20 12/12
    "devset37": {"year": 0.87, "zone_acc": 0.99},  # 0.89, zone 12/12
    "devset38": {"year": 0.88, "zone_acc": 0.99},  # 0.84, zone 10/12; zone20 11/12; zone23 12/12 (南湖产业新城: park word 新城)
    "devset39": {"year": 0.96, "zone_acc": 0.99},  # 0.96, zone 11/12; zone20 12/12
    "devset40": {"year": 0.93, "zone_acc": 0.91},  # 0.85, zone 11/12; zone22: 12/12 (洛阳伊滨区); zone24 (a page naming no place keeps its bare zone word apart, unresolved: 经开区(未识别:…); its label accepted the bare word): 11/12 (dev_645 经开区); year27 (event months, spans up to now, a zone's extent): year 0.95
    "devset41": {"year": 0.84, "zone_acc": 0.99},  # 0.86, zone 12/12
    # held out through round 18 (start a30778c -> end c613e16, the same at both): year and zone
    "devset42": {"year": 0.82, "zone_acc": 0.91},  # 0.81, zone 8/12; zone20 9/12; zone22: 10/12 (常州国家…); zone23 11/12 (临沂市临港…: full city name, gazetteer row)
    "devset43": {"year": 0.96, "zone_acc": 0.99},  # 0.84, zone 10/12; zone20 11/12; zone23 12/12 (盘锦市辽东湾新区: gazetteer row); year27 (event months, spans up to now, a zone's extent): year 0.98
    "devset44": {"year": 0.96, "zone_acc": 0.99},  # 0.98, zone 10/12; zone20 11/12; 10/12 since zone21 (秀洲国家高新区
    # is the gazetteer zone, shown under its common name; the label holds the city-first name); zone22: 11/12 (太忻);
    # zone23 12/12 (嘉兴秀洲…: city_kept)
    # dates20 (tuned on all 42: a result's average over years is of the year its sentence names, 这一年, a past
    # event's year dates its own clause, 'YYYY MM/DD hh:mm' bylines): year devset13 0.91 -> 0.92, devset17 0.92 ->
    # 0.95, devset21 0.84 -> 0.85, devset23 0.70 -> 0.72, devset26 0.92 -> 0.95, devset27 0.87 -> 0.90, devset29
    # 0.89 -> 0.93, devset32 0.75 -> 0.77, devset35 0.96 -> 0.98, devset38 0.84 -> 0.90, devset39 0.96 -> 0.98,
    # devset42 0.81 -> 0.82 (floors raised); devset5 0.90 -> 0.89 (dev_71's “十一五”时期…年均增长42% labelled with no
    # year, where ten other batches label such averages with the year their sentence names)
    # held out through round 19 (start 0f6b27d -> end 6ad1b33; scored at both before any rule was written from
    # them): year and zone
    "devset45": {"year": 0.95, "zone_acc": 0.91},  # 0.84 -> 0.86, zone 10/12; zone22: 11/12 (东津新区); dates22 0.88; dates23 0.969
    "devset46": {"year": 0.94, "zone_acc": 0.99},  # 0.96, zone 9/12; after the round, 举行/召开 as break words 10/12; zone22: 12/12 (中德园, 综改区晋中开发区)
    "devset47": {"year": 0.90, "zone_acc": 0.91},  # 0.70, zone 11/12; dates24 0.85 (同比…,比2019年同期: a base two years back); year27 (event months, spans up to now, a zone's extent): year 0.97; with kind27 merged 0.92 (dev_736: its unmarked 2012 results read as 2011 once the undated page reads its own year as over)
    "devset48": {"year": 0.91, "zone_acc": 0.98},  # 0.81, zone 9/12; zone22: 10/12 (广梅产业园); dates24 0.93 (2021春季…集中开工活动); zone25: 11/12 (梅山保税港区 a row of its own); zone27 12/12 (连云港发布)
    "devset49": {"year": 0.94, "zone_acc": 0.91},  # 0.83, zone 10/12; zone22: 11/12 (中新吉林食品区); dates23 0.964
    # held out until round 20's start (untouched at bdbad9f): year and zone
    "devset50": {"year": 0.83, "zone_acc": 0.99},  # 0.79, zone 11/12; zone24 (火炬开发区, 厦门's or 中山's, in a page naming 中山): 12/12
    "devset51": {"year": 0.84, "zone_acc": 0.99},  # 0.86, zone 11/12; zone23 12/12 (保税区 alone: 天津港保税区)
    "devset52": {"year": 0.88, "zone_acc": 0.91},  # 0.90, zone 10/12; zone23 11/12 (长春净月…: city_kept)
    "devset53": {"year": 0.77, "zone_acc": 0.99},  # 0.62, zone 11/12; dates22 0.69; zone23 12/12 (丹徒高新园: park word 高新园); dates23 0.701; dates24 0.79 (两年平均: a base two years back)
    "devset54": {"year": 0.81, "zone_acc": 0.99},  # 0.83, zone 12/12
    # held out through round 20 (start bdbad9f -> end f0e8874): year and zone
    "devset55": {"year": 0.87, "zone_acc": 0.99},  # 0.89, zone 12/12
    "devset56": {"year": 0.86, "zone_acc": 0.99},  # 0.63, zone 9/12; zone23 12/12 (南宁-东盟, 湖州莫干山…, 专用车生产基地); dates23 0.887
    "devset57": {"year": 0.85, "zone_acc": 0.91},  # 0.61, zone 12/12; dates23 0.878; zone24 (a page naming no place keeps its bare zone word apart, unresolved: 经开区(未识别:…); its label accepted the bare word): 11/12 (dev_857 高新区)
    # held out until round 21's start (untouched at dd80ca9): year and zone
    "devset58": {"year": 0.89, "zone_acc": 0.99},  # 0.91, zone 12/12
    "devset59": {"year": 0.84, "zone_acc": 0.91},  # 0.84, zone 10/12; zone23 11/12 (九江城区临港工业基地); kind27 year 0.86
    "devset61": {"year": 0.93, "zone_acc": 0.99},  # 0.91, zone 11/12; zone23 12/12 (试验区|大柴旦工业园); dates23 0.949
    "devset62": {"year": 0.96, "zone_acc": 0.99},  # 0.79, zone 11/12; zone23 12/12 (高新区 alone: the 高邮高新区 the body names); dates23 0.982
    "devset64": {"year": 0.81, "zone_acc": 0.99},  # 0.80, zone 12/12; dates25 (今年前三季度 over 早在2023年: this_year_part) 0.83
    # held out through round 21 (start dd80ca9 -> end ce6867a): year and zone, the same at both
    "devset60": {"year": 0.98, "zone_acc": 0.91},  # 1.00, zone 12/12; zone24 (a page naming no place keeps its bare zone word apart, unresolved: 经开区(未识别:…); its label accepted the bare word): 11/12 (dev_895 经开区, its one place 新建 once in the body)
    "devset63": {"year": 0.87, "zone_acc": 0.91},  # 0.89, zone 11/12 (dev_927's 西安航空基地 is 陕西航空经济技术开发区, one administration with two names, a name its label does not list)
    "devset65": {"year": 0.97, "zone_acc": 0.82},  # 0.99, zone 10/12
    "devset66": {"year": 0.79, "zone_acc": 0.81},  # 0.81, zone 10/12; zone24 (a page naming no place keeps its bare zone word apart, unresolved: 经开区(未识别:…); its label accepted the bare word): 9/12 (dev_958 经开区); zone27 10/12 (绍兴's 滨海新区)
    # round 22, untouched at the start commit 06b0eb1
    "devset67": {"year": 0.83, "zone_acc": 0.81},  # 0.77, zone 7/12; dates24 0.85 (…完成情况及2026年工作思路: the meeting's year); zone25: 10/12 (产业集聚区, 功能区, 海安高新区)
    "devset69": {"year": 0.96, "zone_acc": 0.91},  # 0.98, zone 11/12; dev_1000's 合巢经开区 is 安徽巢湖经济开发区 since its 2018 renaming (a gazetteer alias), a name its label does not list
    # held out through round 22 (start 06b0eb1 -> end ee37837): year and zone, the same at both
    "devset68": {"year": 0.78, "zone_acc": 0.98},  # 0.80, zone 10/12; zone25: 11/12 (出口加工区); zone27 12/12 (以 a break)
    "devset70": {"year": 0.92, "zone_acc": 0.98},  # 0.94, zone 11/12; zone27 12/12 (the publisher's place)
    "devset71": {"year": 0.95, "zone_acc": 0.90},  # 0.95, zone 10/12; zone27 11/12 (西部(重庆)科学城璧山片区); year27 (event months, spans up to now, a zone's extent): year 0.97
    "devset72": {"year": 0.65, "zone_acc": 0.99},  # 0.67, zone 12/12
    # round 23, untouched at the start commit 01fa91f
    "devset73": {"year": 0.57, "zone_acc": 0.91},  # 0.59, zone 11/12
    "devset75": {"year": 0.88, "zone_acc": 0.98},  # 0.90, zone 11/12; zone27 12/12 (河北|省级经济开发区 no name)
    # held out through round 23 (start 01fa91f -> end 7a4dfb4): year and zone
    "devset74": {"year": 0.64, "zone_acc": 0.90},  # 0.65 -> 0.66, zone 7/12; zone27 11/12 (广佛(佛冈)产业园, 海南生态软件园, 大亚湾区)
    "devset76": {"year": 0.84, "zone_acc": 0.98},  # 0.84, zone 9/12; zone27 12/12 (西永, 西部(重庆)科学城璧山片区); year27 (event months, spans up to now, a zone's extent): year 0.86
    "devset77": {"year": 0.86, "zone_acc": 0.99},  # 0.88, zone 12/12
    "devset78": {"year": 0.47, "zone_acc": 0.91},  # 0.47, zone 11/12; year27 (event months, spans up to now, a zone's extent): year 0.49
    # round 23: scored once at the final commit 9e01874
    "devset79": {"year": 0.64, "zone_acc": 0.82},  # 0.61, zone 10/12; year27 (event months, spans up to now, a zone's extent): year 0.66
    "devset80": {"year": 0.78, "zone_acc": 0.91},  # 0.59, zone 11/12; year27 (event months, spans up to now, a zone's extent): year 0.80
    "devset81": {"year": 0.71, "zone_acc": 0.91},  # 0.73, zone 11/12
    "devset82": {"year": 0.47, "zone_acc": 0.82},  # 0.46, zone 10/12; kind27 year 0.49
    "devset83": {"year": 0.75, "zone_acc": 0.74},  # 0.77, zone 9/12
    "devset84": {"year": 0.86, "zone_acc": 0.74},  # 0.88, zone 9/12
    "devset85": {"year": 0.72, "zone_acc": 0.91},  # 0.74, zone 11/12
    "devset86": {"year": 0.79, "zone_acc": 0.82},  # 0.81, zone 10/12
    "devset87": {"year": 0.72, "zone_acc": 0.65},  # 0.74, zone 8/12
    "devset88": {"year": 0.40, "zone_acc": 0.99},  # 0.42, zone 12/12
}


# metric_similarity of matched figures (how close each metric name is to the label's), a little under the tuned
# scores of branch metric11 (before it, at main f6b5655: devset 0.82, devset2 0.88, devset3 0.87, devset4 0.82,
# devset5 0.87, devset6 0.83, devset7 0.86, devset8 0.82, devset11 0.89, devset12 0.86, devset13 0.77, devset14 0.74,
# devset15 0.72); devset2 and devset6 raised after metric12 (parks named: 0.89, 0.85); devset15, devset17, devset19
# and devset22 raised after metric15 (multiples, 可比, shared heads, industries before 实现: 0.76, 0.82, 0.83, 0.86)
METRIC_FLOORS = {
    "devset": 0.82, "devset2": 0.89, "devset3": 0.87, "devset4": 0.84, "devset5": 0.88, "devset6": 0.85,
    # year16 (subjects of yields, counted projects' events and money, money spent): devset13 0.797 -> 0.807,
    # devset14 0.772 -> 0.786, devset25 0.795 -> 0.813
    "devset7": 0.85, "devset8": 0.82, "devset11": 0.90, "devset12": 0.87, "devset13": 0.79, "devset14": 0.78,
    # metric17 (a rate compared with a list of areas; 连续N年): devset15 0.762 -> 0.770, devset21 0.796 -> 0.802,
    # devset26 0.738 -> 0.753
    "devset15": 0.77,
    # held out through round 11 (untouched at its end, 46b9d65): 0.80 / 0.80 / 0.81 / 0.80
    # metric27 (a rate after a share, 同比增; a bare output's holder; plans completed; a project's measures and yields in
    # later sentences; shares of a named whole; aim words closing a name; 发展到; areas of a gap of rates; tuned on all
    # 80 batches): raised devset16 0.80 -> 0.81 (0.815 -> 0.833), devset17 0.81 -> 0.82 (0.820 -> 0.836), devset66
    # 0.77 -> 0.81 (0.803 -> 0.827)
    "devset16": 0.81, "devset17": 0.82, "devset18": 0.81, "devset19": 0.83,
    # held out through round 12 (untouched at its end, 70de573): 0.88 / 0.79
    "devset20": 0.87, "devset21": 0.81,
    # held out through round 13 (untouched at its end, b2f167a): 0.85
    "devset22": 0.86,
    # held out through round 14 (untouched at its end, a948c92): 0.70 / 0.69 / 0.80 / 0.74 / 0.75
    # tprec21: devset26 0.75 -> 0.74, no metric changed: figures newly matched as achievements (dev_482 实施各类亿元以上项目90个)
    "devset23": 0.72, "devset24": 0.71, "devset25": 0.82, "devset26": 0.74, "devset27": 0.75,
    # held out through round 15 (start 18e57dd -> end 7aef599): 0.72 / 0.83 / 0.78 -> 0.79 / 0.76 / 0.75
    "devset28": 0.76, "devset29": 0.84, "devset30": 0.78, "devset31": 0.76, "devset32": 0.74,
    # held out through round 16 (start 2852004 and end a39e148 alike): 0.70 / 0.80 / 0.80
    "devset33": 0.68, "devset34": 0.80, "devset35": 0.81,
    # metric18 (projects named after their measure, filler words, 累计, area names; tuned on all 33 batches): raised
    # devset2 0.88 -> 0.89, devset6 0.84 -> 0.85, devset8 0.81 -> 0.82, devset11 0.89 -> 0.90, devset12 0.86 ->
    # 0.87, devset14 0.77 -> 0.78, devset16 0.78 -> 0.79, devset17 0.80 -> 0.81, devset19 0.81 -> 0.83, devset21
    # 0.79 -> 0.80, devset22 0.85 -> 0.86, devset23 0.68 -> 0.70, devset24 0.67 -> 0.69, devset25 0.80 -> 0.81,
    # devset26 0.74 -> 0.75, devset28 0.70 -> 0.73, devset29 0.81 -> 0.82, devset30 0.77 -> 0.78, devset31 0.74 ->
    # 0.76, devset32 0.73 -> 0.74, devset34 0.78 -> 0.80, devset35 0.78 -> 0.80
    # held out through round 17 (start 5fb8eb7 -> end 77e7310): at the end
    "devset36": 0.76, "devset37": 0.81, "devset38": 0.78,
    "devset39": 0.83, "devset40": 0.73, "devset41": 0.82,
    # held out through round 18 (start a30778c -> end c613e16, the same at both)
    "devset42": 0.77, "devset43": 0.71, "devset44": 0.77,
    # metric20 (完成投资 keeps 完成; a group occasion names its classes of projects; 签约 whole; 新增 over 、-items;
    # tuned on all 42 batches): raised devset4 0.82 -> 0.84, devset16 0.79 -> 0.80, devset20 0.86 -> 0.87, devset21
    # 0.80 -> 0.81, devset23 0.70 -> 0.71, devset27 0.73 -> 0.74, devset28 0.73 -> 0.75, devset29 0.82 -> 0.84,
    # devset35 0.80 -> 0.81, devset40 0.72 -> 0.73, devset41 0.79 -> 0.80, devset42 0.75 -> 0.76, devset43 0.69 -> 0.70
    # held out through round 19 (start 0f6b27d -> end 6ad1b33, before any rule was written from them)
    "devset45": 0.81, "devset46": 0.79, "devset47": 0.78, "devset48": 0.80, "devset49": 0.82,
    # held out until round 20's start (untouched at bdbad9f): 0.80 / 0.75 / 0.78 / 0.75 / 0.76
    "devset50": 0.78, "devset51": 0.76, "devset52": 0.76, "devset53": 0.73, "devset54": 0.74,
    # metric21 (a short first item joined by 和/及/与 stays in the name; tuned on all 47 batches): raised devset24
    # 0.69 -> 0.71 (0.705 -> 0.717), devset25 0.81 -> 0.82 (0.826 -> 0.834), devset47 0.75 -> 0.76 (0.773 -> 0.779);
    # then (为代表的 examples, 共 before a verb, ranking verbs) devset49 0.79 -> 0.82 (0.817 -> 0.836)
    # held out through round 20 (start bdbad9f -> end f0e8874): 0.79 -> 0.80 / 0.83 / 0.74
    "devset55": 0.78, "devset56": 0.83, "devset57": 0.72,
    # held out until round 21's start (untouched at dd80ca9): 0.78 / 0.74 / 0.83 / 0.74 / 0.76
    "devset58": 0.78, "devset59": 0.75, "devset61": 0.81, "devset62": 0.72, "devset64": 0.74,
    # metric23 (a year's spending after counted projects, the project a lead clause points back to, a rank's field
    # named earlier in its sentence, a rank after a rate, 累计 off rates and shares, a count's elided head, firms
    # before an adverb; tuned on all 60 batches): raised devset5 0.88 -> 0.89, devset15 0.77 -> 0.78, devset18 0.81
    # -> 0.82, devset23 0.72 -> 0.73, devset27 0.74 -> 0.76, devset28 0.76 -> 0.77, devset38 0.78 -> 0.79, devset41
    # 0.82 -> 0.83, devset42 0.77 -> 0.78, devset43 0.71 -> 0.72, devset47 0.78 -> 0.79, devset48 0.80 -> 0.81,
    # devset51 0.75 -> 0.77, devset56 0.83 -> 0.84, devset58 0.78 -> 0.79, devset59 0.74 -> 0.76
    # held out through round 21 (start dd80ca9 -> end ce6867a): 0.77 / 0.76 / 0.76 / 0.78 -> 0.79
    "devset60": 0.75, "devset63": 0.74, "devset65": 0.74, "devset66": 0.81,
    # round 22, untouched at the start commit 06b0eb1: 0.78 / 0.82
    "devset67": 0.76, "devset69": 0.80,
    # held out through round 22 (start 06b0eb1 -> end ee37837): 0.72 / 0.80 / 0.82 / 0.79 at both
    "devset68": 0.70, "devset70": 0.78, "devset71": 0.80, "devset72": 0.77,
    # round 23, untouched at the start commit 01fa91f: 0.77 / 0.77
    "devset73": 0.75, "devset75": 0.75,
    # held out through round 23 (start 01fa91f -> end 7a4dfb4): 0.71 / 0.81 / 0.83 / 0.82 at both
    "devset74": 0.69, "devset76": 0.79, "devset77": 0.81, "devset78": 0.80,
    # round 23, scored once at the final commit 9e01874: 0.81 / 0.83 / 0.83 / 0.77
    "devset79": 0.79, "devset80": 0.81, "devset81": 0.81, "devset82": 0.75,
    # round 24, held out to its end (start 8e728bf -> end 96b21b4): 0.78 / 0.80 / 0.77 / 0.83 / 0.75 / 0.77
    "devset83": 0.76, "devset84": 0.78, "devset85": 0.75, "devset86": 0.81, "devset87": 0.73, "devset88": 0.75,
}


def score(tmp_path: Path, name: str) -> dict[str, float]:
    out = tmp_path / name
    subprocess.run([sys.executable, "-m", "devzone", "extract", "--out", str(out), str(FIXTURES / name)],
                   cwd=ROOT, check=True, capture_output=True, timeout=600)
    r = subprocess.run([sys.executable, str(SCORER), "--gold", str(FIXTURES / name / "gold"), "--pred", str(out)],
                       cwd=ROOT, check=True, capture_output=True, text=True, timeout=600)
    found = {k: float(v) for k, v in re.findall(r"(\w+)_f1=([\d.]+)", r.stdout)}
    found |= {k: float(v) for k, v in re.findall(r"\b(year|zone_acc|metric_similarity)=([\d.]+)", r.stdout)}
    return found


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside this checkout")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_held_out_articles_score_above_their_floor(tmp_path, name):
    scores = score(tmp_path, name)
    for table, floor in FLOORS[name].items():
        assert scores[table] >= floor, f"{name} {table} F1 {scores[table]:.3f} < {floor}"
    for measure, floor in WHEN_WHERE_FLOORS[name].items():
        assert scores[measure] >= floor, f"{name} {measure} {scores[measure]:.2f} < {floor}"
    assert scores["metric_similarity"] >= METRIC_FLOORS[name], (
        f"{name} metric_similarity {scores['metric_similarity']:.2f} < {METRIC_FLOORS[name]}")
