<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StageAlignment</name>
    <message>
        <location filename="../../ui/inspect/stage_alignment.cpp" line="40" />
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_alignment.cpp" line="42" />
        <source>conv</source>
        <translation>卷积</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_alignment.cpp" line="44" />
        <source>pool</source>
        <translation>汇聚</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_alignment.cpp" line="46" />
        <source>norm</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_alignment.cpp" line="48" />
        <source>flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_alignment.cpp" line="50" />
        <source>dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_alignment.cpp" line="54" />
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>UnitExplanation</name>
    <message>
        <location filename="../../ui/inspect/unit_explanation_snapshot.cpp" line="13" />
        <source>The input image has no computation to explain.</source>
        <translation>输入图像没有可解释的计算。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explanation_snapshot.cpp" line="41" />
        <source>Values of %1 layers are not explained; click a Conv2d, pooling, ReLU, Sigmoid or Linear output.</source>
        <translation>不解释 %1 层的数值；请点击卷积、汇聚、ReLU、Sigmoid 或全连接层的输出。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui</name>
    <message>
        <location filename="../../ui/inspect/explainers.cpp" line="61" />
        <source>No network output yet: load a model and an image.</source>
        <translation>还没有网络输出：请加载模型和图像。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/explainers.cpp" line="68" />
        <source>The input image has no receptive field: step to a layer first.</source>
        <translation>输入图像没有感受野：请先前进到某一层。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/explainers.cpp" line="82" />
        <source>Layer %1 is a %2: the arithmetic is explained for Conv2d layers.</source>
        <translation>第 %1 层是 %2：只有 Conv2d（卷积层）才解释计算过程。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/explainers.cpp" line="86" />
        <source>No such channel.</source>
        <translation>没有这个通道。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_explanation.cpp" line="17" />
        <source>The receptive fields of this model are not known.</source>
        <translation>这个模型的感受野未知。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_explanation.cpp" line="22" />
        <source>Pick a layer to see a unit's receptive field.</source>
        <translation>选择一层以查看单元的感受野。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_explanation.cpp" line="29" />
        <source>%1 is a dense layer: every unit sees the whole input.</source>
        <translation>%1 是全连接层：每个单元都看到整个输入。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="71" />
        <source>Why ReLU instead of sigmoid?</source>
        <translation>为什么用 ReLU 而不用 sigmoid？</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="73" />
        <source>Max pooling against average pooling</source>
        <translation>最大汇聚层与平均汇聚层</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="75" />
        <source>Overlapping pooling: 3×3 windows, stride 2</source>
        <translation>重叠汇聚：3×3 窗口，步幅 2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="77" />
        <source>Dropout in training and at inference</source>
        <translation>暂退法（Dropout）：训练时与推理时</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="79" />
        <source>Local response normalization (LRN) in the 2012 network</source>
        <translation>2012 年网络中的局部响应归一化（LRN）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="81" />
        <source>Why an 11×11 kernel with stride 4 for 224×224 images?</source>
        <translation>224×224 图像为什么用 11×11 卷积核、步幅 4？</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="90" />
        <source>Dive into Deep Learning, 7.1 AlexNet (d2l.ai 8.1), on the activation functions of 4.1 (d2l.ai 5.1) and LeNet in 6.6 (d2l.ai 7.6)</source>
        <translation>《动手学深度学习》7.1 节 AlexNet（英文版 d2l.ai 8.1），激活函数见 4.1 节（d2l.ai 5.1），LeNet 见 6.6 节（d2l.ai 7.6）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="94" />
        <source>Dive into Deep Learning, 6.5 Pooling (d2l.ai 7.5) and 7.1 AlexNet (d2l.ai 8.1)</source>
        <translation>《动手学深度学习》6.5 节 汇聚层（英文版 d2l.ai 7.5）与 7.1 节 AlexNet（d2l.ai 8.1）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="96" />
        <source>Dive into Deep Learning, 7.1 AlexNet (d2l.ai 8.1) and 6.5 Pooling (d2l.ai 7.5); Krizhevsky, Sutskever and Hinton 2012, section 3.4</source>
        <translation>《动手学深度学习》7.1 节 AlexNet（英文版 d2l.ai 8.1）与 6.5 节 汇聚层（d2l.ai 7.5）；Krizhevsky、Sutskever 与 Hinton 2012 年论文第 3.4 节</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="100" />
        <source>Dive into Deep Learning, 4.6 Dropout (d2l.ai 5.6) and 7.1 AlexNet (d2l.ai 8.1)</source>
        <translation>《动手学深度学习》4.6 节 暂退法（英文版 d2l.ai 5.6）与 7.1 节 AlexNet（d2l.ai 8.1）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="102" />
        <source>Dive into Deep Learning, 7.1 AlexNet (d2l.ai 8.1); Krizhevsky, Sutskever and Hinton 2012, section 3.3</source>
        <translation>《动手学深度学习》7.1 节 AlexNet（英文版 d2l.ai 8.1）；Krizhevsky、Sutskever 与 Hinton 2012 年论文第 3.3 节</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="106" />
        <source>Dive into Deep Learning, 7.1 AlexNet (d2l.ai 8.1)</source>
        <translation>《动手学深度学习》7.1 节 AlexNet（英文版 d2l.ai 8.1）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="114" />
        <source>Convolution: slides learned kernels over the input channels, one output channel per kernel.</source>
        <translation>卷积层：用学到的卷积核在输入通道上滑动，每个卷积核产生一个输出通道。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="116" />
        <source>Dense (fully connected) layer: every output is a weighted sum of all inputs plus a bias.</source>
        <translation>全连接层：每个输出是全部输入的加权和再加偏置。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="118" />
        <source>ReLU: keeps positive values, sets negative ones to 0; its gradient is 1 or 0.</source>
        <translation>ReLU：保留正值，把负值置为 0；其梯度为 1 或 0。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="120" />
        <source>Sigmoid: squashes every value into (0, 1); its gradient is at most 0.25.</source>
        <translation>Sigmoid：把每个值压缩到 (0, 1)；其梯度至多为 0.25。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="122" />
        <source>Max pooling: keeps the largest value of each window, per channel; no weights.</source>
        <translation>最大汇聚层：逐通道保留每个窗口中的最大值；没有权重。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="124" />
        <source>Average pooling: keeps the mean of each window, per channel; no weights.</source>
        <translation>平均汇聚层：逐通道保留每个窗口的平均值；没有权重。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="126" />
        <source>Local response normalization: divides each value by the activity of neighbouring channels.</source>
        <translation>局部响应归一化：用相邻通道的活跃程度去除每个值。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="128" />
        <source>Flatten: lays the channels × height × width values out as one vector for the dense layers.</source>
        <translation>展平层：把 通道 × 高 × 宽 个值排成一个向量，送入全连接层。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="130" />
        <source>Dropout: in training zeroes each value with probability p and scales the rest by 1/(1−p); at inference it passes values unchanged.</source>
        <translation>暂退法：训练时以概率 p 把每个值置零，其余的乘以 1/(1−p)；推理时原样传递。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_registry.cpp" line="136" />
        <source>The input image, as the network receives it.</source>
        <translation>输入图像，即网络收到的样子。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ActivationCurvesChart</name>
    <message>
        <location filename="../../ui/charts/activation_curves_chart.cpp" line="46" />
        <source>sigmoid σ(z)</source>
        <translation>sigmoid σ(z)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/activation_curves_chart.cpp" line="47" />
        <source>gradient σ′(z)</source>
        <translation>梯度 σ′(z)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/activation_curves_chart.cpp" line="48" />
        <source>ReLU(z)</source>
        <translation>ReLU(z)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/activation_curves_chart.cpp" line="49" />
        <source>gradient ReLU′(z)</source>
        <translation>梯度 ReLU′(z)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/activation_curves_chart.cpp" line="54" />
        <source>input z</source>
        <translation>输入 z</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ArchitecturePanel</name>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="38" />
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="38" />
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="39" />
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="39" />
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="40" />
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="40" />
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="41" />
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="41" />
        <source>Fit the whole diagram</source>
        <translation>显示完整的结构图</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="42" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="42" />
        <source>Export the diagram as PNG or SVG</source>
        <translation>将结构图导出为 PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="43" />
        <source>AlexNet (d2l, 1 channel, 10 classes)</source>
        <translation>AlexNet（d2l，1 通道，10 类）</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="44" />
        <source>AlexNet 2012 (3 channels, 1000 classes, LRN)</source>
        <translation>AlexNet 2012（3 通道，1000 类，LRN）</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="47" />
        <source>Right column:</source>
        <translation>右列：</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="98" />
        <source>LeNet</source>
        <translation>LeNet</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="99" />
        <source>AlexNet (2012)</source>
        <translation>AlexNet（2012）</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="99" />
        <source>AlexNet</source>
        <translation>AlexNet</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="107" />
        <source>LeNet and AlexNet</source>
        <translation>LeNet 与 AlexNet</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="112" />
        <location filename="../../ui/architecture/architecture_panel.cpp" line="117" />
        <source>Export diagram</source>
        <translation>导出结构图</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="113" />
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG 图像 (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/architecture_panel.cpp" line="120" />
        <source>Diagram written to %1</source>
        <translation>结构图已写入 %1</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ArchitectureScene</name>
    <message>
        <location filename="../../ui/architecture/architecture_scene.cpp" line="33" />
        <source>&lt;p style='color:#455A64'&gt;&lt;b&gt;Note.&lt;/b&gt; The book's figure shows the original AlexNet: a 3-channel 224×224 image and 1000 ImageNet classes. The code in the chapter (and this app) trains a variant with &lt;b&gt;1 input channel and 10 classes&lt;/b&gt; for Fashion-MNIST, so the first and last blocks differ. Blocks are drawn from the live models; click one to select that layer everywhere.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#455A64'&gt;&lt;b&gt;注意：&lt;/b&gt;书中的插图展示的是原始 AlexNet：3 通道 224×224 的图像和 1000 个 ImageNet 类别。本章代码（以及本程序）训练的是适用于 Fashion-MNIST 的变体：&lt;b&gt;1 个输入通道、10 个类别&lt;/b&gt;，因此第一个和最后一个块有所不同。各个块由实际模型绘制；单击一个块即可在所有界面中选中该层。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ArchitectureView</name>
    <message>
        <location filename="../../ui/architecture/architecture_view.cpp" line="70" />
        <source>Why? %1</source>
        <translation>为什么？%1</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ChartRunList</name>
    <message>
        <location filename="../../ui/charts/chart_run_list.cpp" line="50" />
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_run_list.cpp" line="54" />
        <source>No runs yet: Start one or open a run log.</source>
        <translation>还没有训练记录：点击“开始”训练，或打开一个训练日志。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_run_list.cpp" line="69" />
        <source>Lines</source>
        <translation>线型</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_run_list.cpp" line="82" />
        <source>Show or hide this run's curves</source>
        <translation>显示或隐藏这次训练的曲线</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chart_run_list.cpp" line="91" />
        <source>Remove this run from the chart</source>
        <translation>从图表中移除这次训练</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ClassAccuracyBars</name>
    <message>
        <location filename="../../ui/evaluate/class_accuracy_bars.cpp" line="32" />
        <source>Accuracy per class</source>
        <translation>各类别的准确率</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ColorLegend</name>
    <message>
        <location filename="../../ui/inspect/color_legend.cpp" line="44" />
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/color_legend.cpp" line="45" />
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/color_legend.cpp" line="51" />
        <source>diverging (signed values)</source>
        <translation>发散色图（有正负）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/color_legend.cpp" line="52" />
        <source>gray (input image)</source>
        <translation>灰度（输入图像）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/color_legend.cpp" line="53" />
        <source>sequential (non-negative)</source>
        <translation>顺序色图（非负）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/color_legend.cpp" line="55" />
        <source>per-map scale</source>
        <translation>每张图单独刻度</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/color_legend.cpp" line="55" />
        <source>shared scale</source>
        <translation>共享刻度</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/color_legend.cpp" line="56" />
        <source>%1 of %2 channels dead (red cross)</source>
        <translation>%2 个通道中有 %1 个失活（红叉）</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ConfusionGallery</name>
    <message>
        <location filename="../../ui/evaluate/confusion_gallery.cpp" line="57" />
        <source>Test image %1, %2% confident. Click to open it on the Inspect screen.</source>
        <translation>测试图像 %1，置信度 %2%。单击可在“逐层观察”中打开。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ConfusionMatrixView</name>
    <message>
        <location filename="../../ui/evaluate/confusion_matrix_view.cpp" line="96" />
        <source>%1: %2 images recognised (%3% of the class). Click to see them.</source>
        <translation>%1：%2 张图像识别正确（占该类的 %3%）。单击查看这些图像。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_matrix_view.cpp" line="100" />
        <source>%1 taken for %2: %3 images (%4% of the class). Click to see them.</source>
        <translation>%1 被当成 %2：%3 张图像（占该类的 %4%）。单击查看这些图像。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_matrix_view.cpp" line="131" />
        <source>Predicted class</source>
        <translation>预测的类别</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_matrix_view.cpp" line="135" />
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ConfusionPage</name>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="28" />
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="29" />
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="30" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="48" />
        <source>Evaluate a second network on the same test images, side by side</source>
        <translation>在同一批测试图像上评估第二个网络，并排对比</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="49" />
        <source>Run the chosen networks over the Fashion-MNIST test images</source>
        <translation>用所选网络处理 Fashion-MNIST 测试图像</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="59" />
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="102" />
        <location filename="../../ui/evaluate/confusion_page.cpp" line="175" />
        <location filename="../../ui/evaluate/confusion_page.cpp" line="265" />
        <source>Click a cell of a matrix to see its test images here.</source>
        <translation>单击矩阵中的某个格子，这里会列出它的测试图像。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="104" />
        <source>Rows: the true class; columns: what the network predicted. A cell's colour is its share of the row, so bright cells off the diagonal are the classes the network confuses.</source>
        <translation>行是真实类别，列是网络的预测。格子的颜色表示它在该行中所占的比例，因此对角线以外的亮格子就是网络混淆的类别。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="166" />
        <source>no weights chosen</source>
        <translation>未选择权重</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="172" />
        <source>Waiting to be evaluated…</source>
        <translation>等待评估…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="190" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="197" />
        <source>%1: %2 of %3 images</source>
        <translation>%1：%2 / %3 张图像</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="198" />
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="202" />
        <source>Evaluating… %1 of %2 test images</source>
        <translation>正在评估… 已完成 %1 / %2 张测试图像</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="221" />
        <source>Evaluating on the Fashion-MNIST test images…</source>
        <translation>正在 Fashion-MNIST 测试图像上评估…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="231" />
        <source>%1 %2% correct</source>
        <translation>%1 正确率 %2%</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="234" />
        <source>Cancelled. Nothing partial is shown; press Evaluate to run again.</source>
        <translation>已取消。不显示未完成的结果；按“评估”重新运行。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="236" />
        <source>Evaluated: %1. Click a cell to see its images, most confident first.</source>
        <translation>评估完成：%1。单击格子查看其中的图像，置信度最高的排在最前。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="245" />
        <source>%1: %2% correct on %3 test images</source>
        <translation>%1：在 %3 张测试图像上正确率 %2%</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="258" />
        <source>Could not evaluate: %1</source>
        <translation>无法评估：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="260" />
        <source>Cancelled: press Evaluate to run it again.</source>
        <translation>已取消：按“评估”重新运行。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="262" />
        <source>Not evaluated yet: press Evaluate.</source>
        <translation>尚未评估：请按“评估”。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="308" />
        <source>%1 recognised as %1 by %2: %3 images, most confident first. Click one to open it in Inspect.</source>
        <translation>%2 把 %1 识别为 %1：%3 张图像，置信度最高的排在最前。单击一张可在“逐层观察”中打开。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/confusion_page.cpp" line="310" />
        <source>%1 taken for %2 by %3: %4 images, most confident first. Click one to open it in Inspect.</source>
        <translation>%3 把 %1 当成了 %2：%4 张图像，置信度最高的排在最前。单击一张可在“逐层观察”中打开。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ConvExplainDialog</name>
    <message>
        <location filename="../../ui/inspect/conv_explain_dialog.cpp" line="63" />
        <source>How layer %1 computes one value</source>
        <translation>第 %1 层如何计算一个值</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/conv_explain_dialog.cpp" line="137" />
        <source>input channel %1: %2</source>
        <translation>输入通道 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/conv_explain_dialog.cpp" line="141" />
        <source>&lt;p&gt;&lt;b&gt;Output channel %1, row %2, column %3.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;value = bias + Σ over %4 input channels of Σ (patch × kernel)&lt;br&gt;= %5 + %6 = &lt;b&gt;%7&lt;/b&gt;&lt;br&gt;the layer computed %8&lt;/p&gt;&lt;p&gt;Largest contributions:&lt;br&gt;%9&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输出通道 %1，第 %2 行，第 %3 列。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;值 = 偏置 + 对 %4 个输入通道求和 Σ（输入块 × 卷积核）&lt;br&gt;= %5 + %6 = &lt;b&gt;%7&lt;/b&gt;&lt;br&gt;该层计算出的值为 %8&lt;/p&gt;&lt;p&gt;贡献最大的输入通道：&lt;br&gt;%9&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/conv_explain_dialog.cpp" line="81" />
        <source>input channel </source>
        <translation>输入通道 </translation>
    </message>
    <message>
        <location filename="../../ui/inspect/conv_explain_dialog.cpp" line="83" />
        <source>Input patch</source>
        <translation>输入块</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/conv_explain_dialog.cpp" line="84" />
        <source>× Kernel</source>
        <translation>× 卷积核</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/conv_explain_dialog.cpp" line="85" />
        <source>= Products</source>
        <translation>= 乘积</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/conv_explain_dialog.cpp" line="169" />
        <source>Σ products of input channel %1 = %2</source>
        <translation>输入通道 %1 的乘积之和 = %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/conv_explain_dialog.cpp" line="101" />
        <source>&lt;b&gt;Receptive field&lt;/b&gt; of this pixel</source>
        <translation>这个像素的&lt;b&gt;感受野&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::DiagramExport</name>
    <message>
        <location filename="../../ui/architecture/diagram_export.cpp" line="22" />
        <source>%1: cannot write the PNG file</source>
        <translation>%1：无法写入 PNG 文件</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/diagram_export.cpp" line="36" />
        <location filename="../../ui/architecture/diagram_export.cpp" line="41" />
        <source>%1: cannot write the SVG file</source>
        <translation>%1：无法写入 SVG 文件</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::DiagramLayout</name>
    <message>
        <location filename="../../ui/architecture/diagram_layout.cpp" line="37" />
        <source>Conv</source>
        <translation>卷积层</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/diagram_layout.cpp" line="38" />
        <source>MaxPool</source>
        <translation>最大汇聚层</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/diagram_layout.cpp" line="39" />
        <source>AvgPool</source>
        <translation>平均汇聚层</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/diagram_layout.cpp" line="40" />
        <source>Dense</source>
        <translation>全连接层</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/diagram_layout.cpp" line="41" />
        <source>Flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/diagram_layout.cpp" line="42" />
        <source>Dropout</source>
        <translation>暂退法</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/diagram_layout.cpp" line="43" />
        <source>stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/diagram_layout.cpp" line="44" />
        <source>pad</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../ui/architecture/diagram_layout.cpp" line="57" />
        <source>Image</source>
        <translation>图像</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::DrawingPad</name>
    <message>
        <location filename="../../ui/inspect/drawing_pad.cpp" line="12" />
        <source>Draw with the mouse; the network re-runs when you release the button.</source>
        <translation>用鼠标绘画；松开按键后网络会重新运行。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::DropoutLesson</name>
    <message>
        <location filename="../../ui/lessons/dropout_lesson.cpp" line="17" />
        <source>AlexNet's dense layers hold most of its parameters and overfit easily; dropout (4.6) controls them. During training each value is set to 0 with probability p (0.5 in AlexNet) and the survivors are multiplied by 1/(1 − p) = 2. The scaling keeps every value's expectation unchanged: E[h′] = (1 − p) · h/(1 − p) = h. At inference (evaluation mode, PyTorch's net.eval()) dropout does nothing: the output equals the input.</source>
        <translation>AlexNet 的全连接层占了它的大部分参数，容易过拟合；暂退法（4.6 节）用来控制它们。训练时每个值以概率 p（AlexNet 中为 0.5）被置为 0，保留下来的乘以 1/(1 − p) = 2。这个缩放使每个值的期望不变：E[h′] = (1 − p) · h/(1 − p) = h。推理时（评估模式，PyTorch 的 net.eval()）暂退法什么也不做：输出等于输入。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/dropout_lesson.cpp" line="25" />
        <source>That is why the Dropout steps look unchanged on the Inspect screen: it runs the network in evaluation mode, as every prediction does. Because training already scaled the survivors by 1/(1 − p), nothing has to be rescaled at test time ("inverted dropout", as in PyTorch; the 2012 paper instead multiplied the outputs by 0.5 at test time). Each training step drops different units, so it trains a different thinned network; inference uses all units at once, roughly the average of those networks.</source>
        <translation>这就是“检视”页面上 Dropout 步骤看起来没有变化的原因：它和每次预测一样，以评估模式运行网络。因为训练时已经把保留的值乘以 1/(1 − p)，测试时无需再缩放（即“反向暂退法”，与 PyTorch 相同；2012 年的论文则在测试时把输出乘以 0.5）。每个训练步丢弃不同的单元，因此训练的是一个不同的“变瘦”的网络；推理时同时使用所有单元，大致相当于这些网络的平均。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/dropout_lesson.cpp" line="39" />
        <source>Cannot compute the example: %1</source>
        <translation>无法计算示例：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/dropout_lesson.cpp" line="54" />
        <source>&lt;p&gt;The trained AlexNet (alexnet-224) on Fashion-MNIST test image 0, layer %1 (Dropout, p = %2): the first %3 units whose input is positive. The training-mode forward uses the layer's generator seeded with 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;训练好的 AlexNet（alexnet-224）在 Fashion-MNIST 测试图像 0 上，第 %1 层（Dropout，p = %2）：输入为正的前 %3 个单元。训练模式的前向传播使用该层以 0 为种子的随机数生成器。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/dropout_lesson.cpp" line="62" />
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/dropout_lesson.cpp" line="62" />
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/dropout_lesson.cpp" line="62" />
        <source>inference (eval)</source>
        <translation>推理（评估模式）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/dropout_lesson.cpp" line="62" />
        <source>training (train, seed 0)</source>
        <translation>训练（训练模式，种子 0）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/dropout_lesson.cpp" line="63" />
        <source>&lt;p&gt;Over all %1 units of the layer: %2 of the %3 positive inputs were zeroed in this training forward (expected about %4 %); the others were doubled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;该层全部 %1 个单元中：这次训练模式的前向传播把 %3 个正输入中的 %2 个置零（期望约 %4 %）；其余的都翻倍。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::EvaluatePanel</name>
    <message>
        <location filename="../../ui/evaluate/evaluate_panel.cpp" line="24" />
        <source>Confusion</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluate_panel.cpp" line="28" />
        <source>Occlusion</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluate_panel.cpp" line="30" />
        <source>Maximize</source>
        <translation>激活最大化</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::EvaluationWeightsBox</name>
    <message>
        <location filename="../../ui/evaluate/evaluation_weights_box.cpp" line="22" />
        <source>The trained network to evaluate: bundled weights, one of your runs, or a checkpoint file</source>
        <translation>要评估的已训练网络：随附的权重、你的某次训练，或一个检查点文件</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluation_weights_box.cpp" line="29" />
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluation_weights_box.cpp" line="81" />
        <source>Open checkpoint</source>
        <translation>打开检查点</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluation_weights_box.cpp" line="82" />
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>检查点 (*.safetensors);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ExplainLauncher</name>
    <message>
        <location filename="../../ui/inspect/explain_launcher.cpp" line="16" />
        <source>Top activating images…</source>
        <translation>最强激活图像…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/explain_launcher.cpp" line="19" />
        <source>Find the Fashion-MNIST test images that make this layer's enlarged channel (or channel 0) fire the most</source>
        <translation>在 Fashion-MNIST 测试集中查找使本层放大的通道（或通道 0）激活最强的图像</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/explain_launcher.cpp" line="40" />
        <source>This is the input image: step to a layer, then click a value to see how it is computed.</source>
        <translation>这是输入图像：先前进到某一层，再点击一个数值查看其计算过程。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/explain_launcher.cpp" line="86" />
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/explain_launcher.cpp" line="90" />
        <source>layer %1: %2</source>
        <translation>第 %1 层：%2</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::Explainers</name>
    <message>
        <location filename="../../ui/inspect/conv_explain_dialog.cpp" line="116" />
        <source>Layer %1 is a %2: the arithmetic is explained for Conv2d layers.</source>
        <translation>第 %1 层是 %2：只有 Conv2d（卷积层）才解释计算过程。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::FeatureMapView</name>
    <message>
        <location filename="../../ui/inspect/feature_map_view.cpp" line="124" />
        <source>  · click: explain this unit</source>
        <translation>  · 点击：解释这个单元</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/feature_map_view.cpp" line="17" />
        <source>No output yet: choose an input and press Step (→).</source>
        <translation>尚无输出：请选择输入并按“单步”（→）。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/feature_map_view.cpp" line="123" />
        <source>unit %1: %2</source>
        <translation>单元 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/feature_map_view.cpp" line="126" />
        <source>channel %1, row %2, column %3: %4%5</source>
        <translation>通道 %1，第 %2 行，第 %3 列：%4%5</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/feature_map_view.cpp" line="131" />
        <source>  (dead channel)</source>
        <translation>  （失活通道）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/feature_map_view.cpp" line="133" />
        <source>  · click: explain this value · right-click or Esc: all channels</source>
        <translation>  · 单击：解释该值 · 右键或 Esc：显示全部通道</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/feature_map_view.cpp" line="135" />
        <source>  · click: enlarge</source>
        <translation>  · 单击：放大</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ImagePreprocessor</name>
    <message>
        <location filename="../../ui/inspect/image_preprocessor.cpp" line="16" />
        <source>Original</source>
        <translation>原图</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/image_preprocessor.cpp" line="17" />
        <source>Grayscale</source>
        <translation>灰度化</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/image_preprocessor.cpp" line="18" />
        <source>Centre crop</source>
        <translation>中心裁剪</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/image_preprocessor.cpp" line="19" />
        <source>Resize</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/image_preprocessor.cpp" line="20" />
        <source>Scale to [0, 1]</source>
        <translation>归一化到 [0, 1]</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/image_preprocessor.cpp" line="21" />
        <source>Invert</source>
        <translation>反色</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/image_preprocessor.cpp" line="88" />
        <source>The image cannot be prepared for the network.</source>
        <translation>无法为网络准备这张图像。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::InputPanel</name>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="38" />
        <source>Grayscale</source>
        <translation>灰度化</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="39" />
        <source>Centre crop</source>
        <translation>中心裁剪</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="40" />
        <source>Resize</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="41" />
        <source>Scale to [0, 1]</source>
        <translation>归一化到 [0, 1]</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="50" />
        <source>Input image</source>
        <translation>输入图像</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="51" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="52" />
        <source>Open an image file (PNG, JPEG, BMP, …); you can also drop one here or paste it</source>
        <translation>打开图像文件（PNG、JPEG、BMP 等）；也可以拖放到此处或粘贴</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="53" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="54" />
        <source>Draw</source>
        <translation>绘画</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="56" />
        <source>Use sample</source>
        <translation>使用样本</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="59" />
        <source>Index into the Fashion-MNIST test set (10,000 images)</source>
        <translation>Fashion-MNIST 测试集中的序号（共 10,000 张图像）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="66" />
        <source>Fashion-MNIST test #</source>
        <translation>Fashion-MNIST 测试样本 #</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="72" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="87" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="116" />
        <source>Preprocessing</source>
        <translation>预处理</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="118" />
        <source>Off: an RGB image keeps 3 channels, and the 1-channel model refuses it</source>
        <translation>关闭时：RGB 图像保留 3 个通道，单通道模型会拒绝它</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="119" />
        <source>Off: the image keeps its size, and the model refuses it unless it already fits</source>
        <translation>关闭时：图像保持原尺寸，除非尺寸恰好合适，否则模型会拒绝它</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="120" />
        <source>Off: pixel values stay 0..255 instead of 0..1</source>
        <translation>关闭时：像素值保持 0..255，而不是 0..1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="121" />
        <source>Invert: auto (light background)</source>
        <translation>反色：自动（浅色背景时）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="122" />
        <source>Invert: always</source>
        <translation>反色：总是</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="123" />
        <source>Invert: never</source>
        <translation>反色：从不</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="148" />
        <source>your drawing</source>
        <translation>你的绘画</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="186" />
        <location filename="../../ui/inspect/input_panel.cpp" line="223" />
        <source>Current: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="100" />
        <source>This image cannot be opened; the previous image is kept.</source>
        <translation>无法打开这张图像，仍使用之前的图像。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="203" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="217" />
        <source>Current: %1 (%2×%3, shown at %4×%5)</source>
        <translation>当前：%1（%2×%3，以 %4×%5 显示）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="247" />
        <source>The Fashion-MNIST test images cannot be read.</source>
        <translation>无法读取 Fashion-MNIST 测试图像。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="252" />
        <source>Fashion-MNIST test #%1 (label: %2)</source>
        <translation>Fashion-MNIST 测试样本 #%1（标签：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="260" />
        <source>pasted image</source>
        <translation>粘贴的图像</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="267" />
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图像。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="276" />
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="276" />
        <source>Images (%1);;All files (*)</source>
        <translation>图像 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="287" />
        <source>dropped image</source>
        <translation>拖放的图像</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/input_panel.cpp" line="334" />
        <source> (off)</source>
        <translation>（关闭）</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::InspectPanel</name>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="52" />
        <source>LeNet and AlexNet side by side</source>
        <translation>LeNet 与 AlexNet 并排对比</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="53" />
        <source>Untrained vs trained</source>
        <translation>未训练与已训练对比</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="370" />
        <source>Auto-play</source>
        <translation>自动播放</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="70" />
        <source>Seed of the untrained (Xavier-initialised) weights</source>
        <translation>未训练（Xavier 初始化）权重的随机种子</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="71" />
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="73" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="74" />
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="79" />
        <source>Show the same layer of the same network untrained (right) next to the chosen weights (left): what learning changed in the kernels and maps</source>
        <translation>在所选权重（左）旁边显示同一网络未训练时（右）的同一层：训练改变了卷积核和特征图的哪些地方</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="81" />
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="129" />
        <location filename="../../ui/inspect/inspect_panel.cpp" line="309" />
        <source>Open checkpoint</source>
        <translation>打开检查点</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="131" />
        <location filename="../../ui/inspect/inspect_panel.cpp" line="310" />
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>检查点 (*.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="238" />
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="370" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_panel.cpp" line="420" />
        <source>dropped image</source>
        <translation>拖放的图像</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::InspectWorker</name>
    <message>
        <location filename="../../ui/inspect/inspect_worker.cpp" line="43" />
        <source>untrained (seed %1)</source>
        <translation>未训练（种子 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_worker.cpp" line="60" />
        <source>These weights cannot be loaded.</source>
        <translation>无法加载这些权重。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_worker.cpp" line="75" />
        <source>The network cannot take this input.</source>
        <translation>网络无法接受这个输入。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_worker.cpp" line="95" />
        <location filename="../../ui/inspect/inspect_worker.cpp" line="135" />
        <source>The layer could not be computed.</source>
        <translation>无法计算这一层。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/inspect_worker.cpp" line="162" />
        <source>The saliency map could not be computed.</source>
        <translation>无法计算显著图。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::KernelGridView</name>
    <message>
        <location filename="../../ui/training/kernel_grid_view.cpp" line="47" />
        <source>conv1 kernels appear when training starts</source>
        <translation>训练开始后显示 conv1 卷积核</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/language_menu.cpp" line="22" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/language_menu.cpp" line="38" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/language_menu.cpp" line="39" />
        <source>AlexNet Lab shows the new language after a restart. Restart now?</source>
        <translation>AlexNet 实验室重新启动后才会显示新的语言。现在重新启动吗？</translation>
    </message>
    <message>
        <location filename="../../ui/language_menu.cpp" line="42" />
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <location filename="../../ui/language_menu.cpp" line="43" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::LargeKernelLesson</name>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="36" />
        <source>ImageNet's images are 224×224 pixels, 64 times the area of LeNet's 28×28 digits, and its objects span many pixels. AlexNet's first layer therefore looks through a larger window, 11×11 (LeNet: 5×5), and moves it 4 pixels at a time, which shrinks the map 4-fold in each direction at once. The output side is ⌊(n + 2p − k)/s⌋ + 1 = ⌊(224 + 2 − 11)/4⌋ + 1 = 54.</source>
        <translation>ImageNet 的图像为 224×224 像素，面积是 LeNet 的 28×28 图像的 64 倍，其中的物体占据许多像素。因此 AlexNet 的第一层用更大的窗口 11×11（LeNet：5×5）来观察，并且每次移动 4 个像素，一下子把特征图在每个方向上缩小 4 倍。输出边长为 ⌊(n + 2p − k)/s⌋ + 1 = ⌊(224 + 2 − 11)/4⌋ + 1 = 54。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="48" />
        <source>LeNet: 5×5, padding 2, on 28×28</source>
        <translation>LeNet：5×5，填充 2，输入 28×28</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="49" />
        <source>AlexNet: 11×11, stride 4, on 224×224</source>
        <translation>AlexNet：11×11，步幅 4，输入 224×224</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="50" />
        <source>the same with stride 1</source>
        <translation>同上，但步幅 1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="51" />
        <source>3×3, stride 1, padding 1</source>
        <translation>3×3，步幅 1，填充 1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="61" />
        <source>&lt;p&gt;The first layer per image (the first two rows from the shape report, the others by the same formula):&lt;/p&gt;</source>
        <translation>&lt;p&gt;每张图像的第一层（前两行取自形状报告，其余按同一公式计算）：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="65" />
        <source>first layer</source>
        <translation>第一层</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="65" />
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="65" />
        <source>values</source>
        <translation>值的个数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="65" />
        <source>MFLOPs</source>
        <translation>百万次浮点运算</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/large_kernel_lesson.cpp" line="68" />
        <source>With stride 1 the same window would cost 16 times the compute and produce 16 times the values, for every image of a batch, and every later layer would pay for the larger maps. Stride 4 with an 11×11 window still covers every pixel (neighbouring windows overlap by 7 pixels). Later layers use small 5×5 and 3×3 kernels on the smaller maps; later networks (VGG, 7.2, d2l.ai 8.2) replaced the large first kernel by stacks of 3×3 ones.</source>
        <translation>若步幅为 1，同样的窗口对一个批量中的每张图像都要多花 16 倍的计算、产生 16 倍的值，之后的每一层也要为更大的特征图付出代价。11×11 窗口配步幅 4 仍然覆盖每个像素（相邻窗口重叠 7 个像素）。后面的层在更小的特征图上使用 5×5 和 3×3 的小卷积核；后来的网络（VGG，7.2 节，d2l.ai 8.2）用多个 3×3 卷积核的堆叠取代了大的第一层卷积核。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::LayerBlockItem</name>
    <message>
        <location filename="../../ui/architecture/layer_block_item.cpp" line="48" />
        <source>Right-click: Why? (%1)</source>
        <translation>右键：为什么？（%1）</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::LessonDialog</name>
    <message>
        <location filename="../../ui/lessons/lesson_dialog.cpp" line="41" />
        <source>Why? %1</source>
        <translation>为什么？%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dialog.cpp" line="48" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::LessonPage</name>
    <message>
        <location filename="../../ui/lessons/lesson_page.cpp" line="19" />
        <source>From: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_page.cpp" line="40" />
        <source>Computing from the trained networks…</source>
        <translation>正在用训练好的网络计算……</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::LiveSampleView</name>
    <message>
        <location filename="../../ui/training/live_sample_view.cpp" line="82" />
        <source>Live sample: a fixed test image, run through the current weights a few times per epoch.</source>
        <translation>实时样本：一张固定的测试图像，每个迭代周期用当前权重计算几次。</translation>
    </message>
    <message>
        <location filename="../../ui/training/live_sample_view.cpp" line="105" />
        <source>Test image #%1 · true label: %2 · %3 · at epoch %4</source>
        <translation>测试图像 #%1 · 真实标签：%2 · %3 · 迭代周期 %4</translation>
    </message>
    <message>
        <location filename="../../ui/training/live_sample_view.cpp" line="52" />
        <source>The sample's feature maps appear when training starts.</source>
        <translation>训练开始后显示该样本的特征图。</translation>
    </message>
    <message>
        <location filename="../../ui/training/live_sample_view.cpp" line="109" />
        <source>Test image #%1 · true label: %2 · %3 · %4</source>
        <translation>测试图像 #%1 · 真实标签：%2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/training/live_sample_view.cpp" line="110" />
        <source>layer %1 (%2): %3 maps of %4×%4, range %5 … %6</source>
        <translation>第 %1 层（%2）：%3 个 %4×%4 的特征图，范围 %5 … %6</translation>
    </message>
    <message>
        <location filename="../../ui/training/live_sample_view.cpp" line="101" />
        <source>predicted %1 (%2%)</source>
        <translation>预测为 %1（%2%）</translation>
    </message>
    <message>
        <location filename="../../ui/training/live_sample_view.cpp" line="48" />
        <source>sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../ui/training/live_sample_view.cpp" line="56" />
        <source>The 10 class probabilities appear when training starts.</source>
        <translation>训练开始后显示 10 个类别的概率。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::LocalizedText</name>
    <message>
        <location filename="../../ui/localized_text.cpp" line="12" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/localized_text.cpp" line="16" />
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../ui/localized_text.cpp" line="19" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/localized_text.cpp" line="24" />
        <source>%1 (%2)</source>
        <comment>an error's lead sentence, then core's detail</comment>
        <translation>%1（详情：%2）</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::LrnLesson</name>
    <message>
        <location filename="../../ui/lessons/lrn_lesson.cpp" line="18" />
        <source>The 2012 AlexNet normalises the outputs of its first two ReLUs across channels: each value a&lt;sub&gt;c&lt;/sub&gt; is divided by the activity of the n = 5 neighbouring channels at the same position, b&lt;sub&gt;c&lt;/sub&gt; = a&lt;sub&gt;c&lt;/sub&gt; / (k + (α/n) · Σ a&lt;sub&gt;c′&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;)&lt;sup&gt;β&lt;/sup&gt;, with k = 2, α = 10&lt;sup&gt;−4&lt;/sup&gt;, β = 0.75 (PyTorch's LocalResponseNorm, which divides α by n). A strong response damps its neighbours, like lateral inhibition between real neurons. The paper reports 1.2 to 1.4 percentage points lower error with it.</source>
        <translation>2012 年的 AlexNet 在前两个 ReLU 之后跨通道做归一化：每个值 a&lt;sub&gt;c&lt;/sub&gt; 除以同一位置上相邻 n = 5 个通道的活跃程度，b&lt;sub&gt;c&lt;/sub&gt; = a&lt;sub&gt;c&lt;/sub&gt; / (k + (α/n) · Σ a&lt;sub&gt;c′&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;)&lt;sup&gt;β&lt;/sup&gt;，其中 k = 2，α = 10&lt;sup&gt;−4&lt;/sup&gt;，β = 0.75（PyTorch 的 LocalResponseNorm，它把 α 除以 n）。强响应会抑制相邻通道，就像真实神经元之间的侧抑制。论文报告它使错误率降低了 1.2 到 1.4 个百分点。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lrn_lesson.cpp" line="41" />
        <source>&lt;p&gt;The first layers of the 2012 network (alexnet2012, 3×224×224 input), from the shape report:&lt;/p&gt;</source>
        <translation>&lt;p&gt;2012 年网络（alexnet2012，3×224×224 输入）的前几层，取自形状报告：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lrn_lesson.cpp" line="44" />
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lrn_lesson.cpp" line="44" />
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lrn_lesson.cpp" line="44" />
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lrn_lesson.cpp" line="44" />
        <source>MFLOPs</source>
        <translation>百万次浮点运算</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lrn_lesson.cpp" line="47" />
        <source>LRN has no parameters to learn, but it reads every activation again and must be kept for the backward pass. d2l's AlexNet leaves it out: Simonyan and Zisserman (2014, the VGG paper) found that it did not improve accuracy while costing memory and time, and batch normalization (7.5, d2l.ai 8.5) later took over the job of keeping activations in a good range. On the Architecture screen, choose the 2012 network as the right column to see both.</source>
        <translation>LRN 没有要学习的参数，但它要把每个激活值再读一遍，并为反向传播保存下来。d2l 的 AlexNet 省去了它：Simonyan 与 Zisserman（2014 年，VGG 论文）发现它不能提高精度，却耗费内存和时间；后来批量规范化（7.5 节，d2l.ai 8.5）接过了让激活值保持在合适范围的任务。在“架构”页面把右栏选为 2012 年的网络，即可对照两者。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="56" />
        <source>AlexNet Lab</source>
        <translation>AlexNet 实验室</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="58" />
        <source>Architecture</source>
        <translation>网络结构</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="59" />
        <source>Inspect</source>
        <translation>逐层观察</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="60" />
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="61" />
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="62" />
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="63" />
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="69" />
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="104" />
        <source>Selected: %1 input image</source>
        <translation>已选中：%1 输入图像</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="104" />
        <source>Selected: %1 layer %2</source>
        <translation>已选中：%1 第 %2 层</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="124" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="125" />
        <source>Open &amp;image…</source>
        <translation>打开图像(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="130" />
        <source>Open &amp;checkpoint…</source>
        <translation>打开检查点(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="134" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="135" />
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="136" />
        <source>&amp;Paste image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="141" />
        <source>Fashion-MNIST &amp;folder…</source>
        <translation>Fashion-MNIST 文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="144" />
        <location filename="../../ui/main_window.cpp" line="147" />
        <source>Fashion-MNIST folder</source>
        <translation>Fashion-MNIST 文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="148" />
        <source>The test samples are read from %1 the next time AlexNet Lab starts.</source>
        <translation>下次启动 AlexNet 实验室时将从 %1 读取测试样本。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="150" />
        <source>Open &amp;run log…</source>
        <translation>打开训练日志(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="156" />
        <source>&amp;Export diagram…</source>
        <translation>导出结构图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="157" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="159" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="162" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="163" />
        <source>&amp;Architecture</source>
        <translation>网络结构(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="163" />
        <source>&amp;Inspect</source>
        <translation>逐层观察(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="163" />
        <source>&amp;Shapes</source>
        <translation>形状(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="163" />
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="163" />
        <source>&amp;Network</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="164" />
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="171" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="172" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="173" />
        <source>&amp;Fit diagram</source>
        <translation>结构图适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="173" />
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="175" />
        <source>LeNet and AlexNet side &amp;by side</source>
        <translation>LeNet 与 AlexNet 并排(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="179" />
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="180" />
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="181" />
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="182" />
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="183" />
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="184" />
        <source>Run to &amp;end</source>
        <translation>运行到底(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="186" />
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="188" />
        <source>&amp;Auto-play</source>
        <translation>自动播放(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="192" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="209" />
        <source>&lt;h3&gt;AlexNet Lab&lt;/h3&gt;&lt;p&gt;Watch LeNet and AlexNet (the networks of the d2l AlexNet chapter) work layer by layer on your own image.&lt;/p&gt;&lt;p&gt;Keys: → step, ← back, End run to end, Home reset, Space auto-play, Ctrl+1…6 switch screens.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AlexNet 实验室&lt;/h3&gt;&lt;p&gt;在你自己的图像上逐层观察 LeNet 和 AlexNet（d2l《深度卷积神经网络（AlexNet）》一节中的网络）如何工作。&lt;/p&gt;&lt;p&gt;按键：→ 单步，← 后退，End 运行到底，Home 重置，空格 自动播放，Ctrl+1…6 切换界面。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="272" />
        <source>%1 is no longer there.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="194" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="195" />
        <source>&amp;Trained and untrained weights</source>
        <translation>已训练与未训练的权重(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="197" />
        <source>Trained and untrained weights</source>
        <translation>已训练与未训练的权重</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="198" />
        <source>&lt;p&gt;AlexNet Lab starts with &lt;b&gt;trained&lt;/b&gt; networks that ship with it: LeNet trained with d2l's recipe and an AlexNet with d2l's layer sequence (narrower, so it trains on a CPU), both made by &lt;tt&gt;alexnet-lab train&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Weights&lt;/b&gt; list on the Inspect screen also offers your own runs (with their accuracy and date), &lt;b&gt;untrained&lt;/b&gt; weights (random Xavier values: the maps are noise and every class is near 10 %) and any checkpoint file. &lt;b&gt;Untrained vs trained&lt;/b&gt; shows both on the same image.&lt;/p&gt;&lt;p&gt;Runs from the Training screen or &lt;tt&gt;alexnet-lab train&lt;/tt&gt; are saved in the runs folder under a readable name; &lt;b&gt;Continue…&lt;/b&gt; picks a stopped run up where it stopped. &lt;tt&gt;alexnet-lab weights&lt;/tt&gt; lists everything.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AlexNet 实验室启动时使用随程序提供的&lt;b&gt;已训练&lt;/b&gt;网络：按 d2l 方法训练的 LeNet，以及采用 d2l 层结构的 AlexNet（通道更窄，可以在 CPU 上训练），两者都由 &lt;tt&gt;alexnet-lab train&lt;/tt&gt; 训练得到。&lt;/p&gt;&lt;p&gt;“逐层观察”界面的&lt;b&gt;权重&lt;/b&gt;列表还提供你自己的训练结果（附准确率和日期）、&lt;b&gt;未训练&lt;/b&gt;的权重（随机的 Xavier 初始值：特征图是噪声，每个类别都接近 10%）以及任意检查点文件。&lt;b&gt;未训练与已训练对比&lt;/b&gt;在同一张图像上同时显示两者。&lt;/p&gt;&lt;p&gt;在“训练”界面或用 &lt;tt&gt;alexnet-lab train&lt;/tt&gt; 训练的结果以易读的名称保存在训练结果文件夹中；&lt;b&gt;继续…&lt;/b&gt;可以从停止的位置接着训练。&lt;tt&gt;alexnet-lab weights&lt;/tt&gt; 列出全部权重。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="207" />
        <source>&amp;About AlexNet Lab</source>
        <translation>关于 AlexNet 实验室(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="208" />
        <source>About AlexNet Lab</source>
        <translation>关于 AlexNet 实验室</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="212" />
        <source>&lt;p&gt;Kernels: %1 (chosen for this CPU; ALEXNET_ISA=avx2 or generic picks a lower path).&lt;/p&gt;</source>
        <translation>&lt;p&gt;计算内核：%1（按本机 CPU 选择；设置 ALEXNET_ISA=avx2 或 generic 可改用较低的指令集路径）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="216" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="218" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::MaximizePage</name>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="56" />
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="57" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="74" />
        <source>The layer whose channels are maximized (convolution, activation and pooling layers)</source>
        <translation>要最大化其通道的层（卷积层、激活层和汇聚层）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="78" />
        <source>Gradient-ascent steps per channel</source>
        <translation>每个通道的梯度上升步数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="84" />
        <source>Each tile is the input (in [0, 1], at the network's input size) that gradient ascent found to drive one channel's mean activation as high as it can, starting from noise, with jitter, blur and L2 decay keeping it smooth. Under it: the activation reached and, after the pass over the test set, the best test image's.</source>
        <translation>每个图块是梯度上升从噪声出发找到的输入（取值在 [0, 1] 内，尺寸与网络输入相同），它使一个通道的平均激活尽可能高；抖动、模糊和 L2 衰减使其保持平滑。图块下方：达到的激活值，以及遍历测试集之后最佳测试图像的激活值。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="93" />
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="97" />
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="99" />
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="153" />
        <source>Open weights</source>
        <translation>打开权重</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="153" />
        <source>Checkpoints (*.safetensors)</source>
        <translation>检查点 (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="186" />
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="187" />
        <source>Cancelled: %1 channels done</source>
        <translation>已取消：完成了 %1 个通道</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="188" />
        <source>%1 channels, %2 s per channel</source>
        <translation>%1 个通道，每个通道 %2 秒</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="192" />
        <source>no test images: %1</source>
        <translation>没有测试图像：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="257" />
        <source>%1: %2 (%3, %4 channels)</source>
        <translation>%1：%2（%3，%4 个通道）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="311" />
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="355" />
        <source>#%1: %2</source>
        <translation>#%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="356" />
        <source>Channel %1: the maximizing input reaches %2 (noise: %3)</source>
        <translation>通道 %1：最大化输入达到 %2（噪声：%3）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="361" />
        <source>test %1</source>
        <translation>测试 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="363" />
        <source>best test image #%1 (%2): %3</source>
        <translation>最佳测试图像 #%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="384" />
        <source>Select a channel in the grid.</source>
        <translation>请在网格中选择一个通道。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="389" />
        <source>&lt;b&gt;Channel %1 of layer %2&lt;/b&gt;&lt;br&gt;Maximizing input: mean activation &lt;b&gt;%3&lt;/b&gt; (from noise: %4), %5 s</source>
        <translation>&lt;b&gt;第 %2 层的通道 %1&lt;/b&gt;&lt;br&gt;最大化输入：平均激活 &lt;b&gt;%3&lt;/b&gt;（噪声起点：%4），%5 秒</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="398" />
        <source>Best of %1 test images: &lt;b&gt;%2&lt;/b&gt; (#%3, %4)</source>
        <translation>%1 张测试图像中的最佳：&lt;b&gt;%2&lt;/b&gt;（#%3，%4）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="404" />
        <source>The maximizing input drives this channel harder than every test image.</source>
        <translation>最大化输入对该通道的激活强于每一张测试图像。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="405" />
        <source>A test image drives this channel harder than the maximizing input.</source>
        <translation>有一张测试图像对该通道的激活强于最大化输入。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="406" />
        <source>Top activating test images (click one to open it in Inspect):</source>
        <translation>激活最强的测试图像（点击一张即可在“逐层观察”中打开）：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="408" />
        <source>No test images to compare with: %1</source>
        <translation>没有可比较的测试图像：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_page.cpp" line="418" />
        <source>Test image #%1 (%2): mean activation %3</source>
        <translation>测试图像 #%1（%2）：平均激活 %3</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::MaximizeWorker</name>
    <message>
        <location filename="../../ui/evaluate/maximize_run.cpp" line="100" />
        <source>layer %1 is not in this network</source>
        <translation>该网络中没有第 %1 层</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_run.cpp" line="114" />
        <source>Maximizing channel %1 of %2</source>
        <translation>正在最大化第 %1 个通道（共 %2 个）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/maximize_run.cpp" line="145" />
        <source>Test images: %1 of %2</source>
        <translation>测试图像：%1 / %2</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::MemoryBatchChart</name>
    <message>
        <location filename="../../ui/charts/memory_batch_chart.cpp" line="36" />
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <location filename="../../ui/charts/memory_batch_chart.cpp" line="76" />
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../../ui/charts/memory_batch_chart.cpp" line="76" />
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../../ui/charts/memory_batch_chart.cpp" line="89" />
        <source>training memory (%1)</source>
        <translation>训练内存（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/memory_batch_chart.cpp" line="98" />
        <source>%1, training</source>
        <translation>%1，训练</translation>
    </message>
    <message>
        <location filename="../../ui/charts/memory_batch_chart.cpp" line="118" />
        <source>usable memory (%1% of available): %2</source>
        <translation>可用内存（空闲内存的 %1%）：%2</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ModelCatalog</name>
    <message>
        <location filename="../../ui/model_catalog.cpp" line="28" />
        <source>LeNet (1×28×28)</source>
        <translation>LeNet（1×28×28）</translation>
    </message>
    <message>
        <location filename="../../ui/model_catalog.cpp" line="30" />
        <source>AlexNet, d2l (1×224×224)</source>
        <translation>AlexNet，d2l（1×224×224）</translation>
    </message>
    <message>
        <location filename="../../ui/model_catalog.cpp" line="33" />
        <source>Slim AlexNet (12…64 wide)</source>
        <translation>窄版 AlexNet（宽度 12…64）</translation>
    </message>
    <message>
        <location filename="../../ui/model_catalog.cpp" line="37" />
        <source>AlexNet 2012 (3×224×224, LRN)</source>
        <translation>AlexNet 2012（3×224×224，LRN）</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::NetworkDiagram</name>
    <message>
        <location filename="../../ui/network/network_diagram.cpp" line="32" />
        <source>d2l LeNet</source>
        <translation>d2l LeNet</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::NetworkEditorPanel</name>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="50" />
        <source>%1: not a text file</source>
        <translation>%1：不是文本文件</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="59" />
        <source>Inspect this</source>
        <translation>逐层观察此网络</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="60" />
        <source>Train this</source>
        <translation>训练此网络</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="70" />
        <source>The chapter's networks and exercises as PyTorch code: pick one to start from</source>
        <translation>本章的网络和练习（PyTorch 代码）：选一个作为起点</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="71" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="72" />
        <source>Load nn.Sequential code from a .py file</source>
        <translation>从 .py 文件载入 nn.Sequential 代码</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="73" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="74" />
        <source>Save the code as a .py file (alexnet-lab --model-file reads it too)</source>
        <translation>将代码保存为 .py 文件（alexnet-lab --model-file 也能读取）</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="76" />
        <source>Show this network, untrained, layer by layer on the Inspect screen</source>
        <translation>在“逐层观察”界面逐层查看此网络（未训练）</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="78" />
        <source>Train this network on Fashion-MNIST on the Training screen</source>
        <translation>在“训练”界面用 Fashion-MNIST 训练此网络</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="80" />
        <source>The name the network goes by on the other screens, in checkpoints and run names</source>
        <translation>此网络在其他界面、检查点和运行名称中使用的名字</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="83" />
        <source>Start from:</source>
        <translation>起点：</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="204" />
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="214" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="221" />
        <source>Open network code</source>
        <translation>打开网络代码</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="221" />
        <source>Python files (*.py);;All files (*)</source>
        <translation>Python 文件 (*.py);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="228" />
        <source>Save network code</source>
        <translation>保存网络代码</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="228" />
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="254" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="272" />
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/network/network_editor_panel.cpp" line="287" />
        <source>✓ %n layer(s): input %1 → output %2</source>
        <translation>
            <numerusform>✓ %n 层：输入 %1 → 输出 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="303" />
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="317" />
        <source>The network has no layers to inspect.</source>
        <translation>此网络没有可观察的层。</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="319" />
        <source>Inspect feeds grayscale images: the network must take 1 input channel, this one takes %1.</source>
        <translation>“逐层观察”输入的是灰度图像：网络必须接受 1 个输入通道，而此网络接受 %1 个。</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_editor_panel.cpp" line="330" />
        <source>Training uses Fashion-MNIST: 1 input channel and 10 classes. This network takes %1 input channel(s) and outputs %2; change its first Conv2d or its last Linear.</source>
        <translation>训练使用 Fashion-MNIST：1 个输入通道、10 个类别。此网络接受 %1 个输入通道，输出 %2；请修改它的第一个 Conv2d 或最后一个 Linear。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::NetworkPresets</name>
    <message>
        <location filename="../../ui/network/network_presets.cpp" line="12" />
        <source>d2l LeNet</source>
        <translation>d2l LeNet</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_presets.cpp" line="15" />
        <source>d2l AlexNet (as printed in the chapter)</source>
        <translation>d2l AlexNet（与书中章节一致）</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_presets.cpp" line="18" />
        <source>Modern LeNet (ReLU, max pooling, dropout)</source>
        <translation>现代 LeNet（ReLU、最大汇聚、暂退法）</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_presets.cpp" line="20" />
        <source>Slim AlexNet</source>
        <translation>精简 AlexNet</translation>
    </message>
    <message>
        <location filename="../../ui/network/network_presets.cpp" line="22" />
        <source>AlexNet for 28×28</source>
        <translation>适用于 28×28 的 AlexNet</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::NetworkReportView</name>
    <message>
        <location filename="../../ui/network/network_report_view.cpp" line="45" />
        <source>&lt;b&gt;%1&lt;/b&gt; parameters · &lt;b&gt;%2&lt;/b&gt; FLOPs per image&lt;br&gt;activation memory: &lt;b&gt;%3&lt;/b&gt; for one image, &lt;b&gt;%4&lt;/b&gt; for a training batch of %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个参数 · 每张图像 &lt;b&gt;%2&lt;/b&gt; 次浮点运算&lt;br&gt;激活内存：单张图像 &lt;b&gt;%3&lt;/b&gt;，%5 张的训练批量 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::OcclusionPage</name>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="39" />
        <source>Open image…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="44" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="56" />
        <source>test image </source>
        <translation>测试图像 </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="59" />
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="63" />
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="60" />
        <source>Side of the grey square in model-input pixels (auto: 4 at 28 pixels, 32 at 224)</source>
        <translation>遮挡方块的边长，以模型输入像素计（自动：28 像素时为 4，224 像素时为 32）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="64" />
        <source>Step between square positions (auto: 2 at 28 pixels, 8 at 224)</source>
        <translation>相邻方块位置之间的步幅（自动：28 像素时为 2，224 像素时为 8）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="68" />
        <source>Value of the occluded pixels, in model-input units (0 = black after preprocessing)</source>
        <translation>被遮挡像素的取值，以模型输入为单位（0 = 预处理后的黑色）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="70" />
        <source>Predicted class</source>
        <translation>预测的类别</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="87" />
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="88" />
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="89" />
        <source>Patch:</source>
        <translation>方块：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="90" />
        <source>Stride:</source>
        <translation>步幅：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="91" />
        <source>Fill:</source>
        <translation>填充值：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="92" />
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="101" />
        <source>&lt;p&gt;&lt;b&gt;Occlusion sensitivity&lt;/b&gt; (Zeiler &amp;amp; Fergus 2014): a square is slid over the model input and, at each position, the probability of the class is measured again. The colour at a spot is p(class | image) − p(class | image with that spot hidden): yellow where hiding it hurts the prediction most, i.e. the parts the network relies on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;遮挡敏感度&lt;/b&gt;（Zeiler 和 Fergus 2014）：让一个方块在模型输入上滑动，在每个位置重新计算该类别的概率。某处的颜色是 p(类别 | 图像) − p(类别 | 遮住该处的图像)：越黄表示遮住它对预测的损害越大，也就是网络所依赖的部分。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="132" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="207" />
        <source>Open an image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="207" />
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="214" />
        <source>No trained weights in the library: train a network first.</source>
        <translation>权重库中没有训练好的权重：请先训练一个网络。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="220" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="236" />
        <source>test image %1 (%2)</source>
        <translation>测试图像 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="256" />
        <source>Computing the occlusion map for %1…</source>
        <translation>正在为 %1 计算遮挡图…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_page.cpp" line="284" />
        <source>&lt;p&gt;%1: predicted &lt;b&gt;%2&lt;/b&gt; with probability %3. Map of &lt;b&gt;%4&lt;/b&gt; (p = %5): %6×%7 squares of %8 pixels, stride %9; the largest drop is %10. %11 forward passes in %12 ms.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1：预测为 &lt;b&gt;%2&lt;/b&gt;，概率 %3。&lt;b&gt;%4&lt;/b&gt; 的遮挡图（p = %5）：%6×%7 个边长 %8 像素的方块，步幅 %9；最大下降为 %10。%11 次前向传播，用时 %12 毫秒。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::OcclusionView</name>
    <message>
        <location filename="../../ui/evaluate/occlusion_view.cpp" line="117" />
        <source>drop in p(class) when the square hides that spot</source>
        <translation>方块遮住该处时 p(类别) 的下降</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/occlusion_view.cpp" line="125" />
        <source>Square (%1, %2) at input pixels (%3, %4): p drops by %5</source>
        <translation>方块 (%1, %2)，位于输入像素 (%3, %4)：p 下降 %5</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::OverlapLesson</name>
    <message>
        <location filename="../../ui/lessons/overlap_lesson.cpp" line="70" />
        <source>In the book's pooling section the window and the stride are equal (2×2, stride 2), so every input value falls into exactly one window. AlexNet pools 3×3 windows with stride 2: neighbouring windows share a row or a column, so the pooled outputs &lt;i&gt;overlap&lt;/i&gt;. Krizhevsky et al. report that this lowered their error rate by 0.3 to 0.4 percentage points and made the network slightly harder to overfit.</source>
        <translation>在书中的汇聚层一节，窗口与步幅相等（2×2，步幅 2），所以每个输入值恰好落在一个窗口中。AlexNet 用 3×3 窗口、步幅 2 汇聚：相邻窗口共享一行或一列，所以汇聚的输出是&lt;i&gt;重叠&lt;/i&gt;的。Krizhevsky 等人报告，这使错误率降低了 0.3 到 0.4 个百分点，并使网络稍难过拟合。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overlap_lesson.cpp" line="75" />
        <source>2×2, stride 2</source>
        <translation>2×2，步幅 2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overlap_lesson.cpp" line="75" />
        <source>3×3, stride 2</source>
        <translation>3×3，步幅 2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overlap_lesson.cpp" line="88" />
        <source>One row above: each output y sees the inputs under its bracket; the orange inputs are seen by two 3×3 windows. Output size: ⌊(n − k)/s⌋ + 1. On AlexNet's first feature maps (layer %1, n = %2): 3×3 stride 2 gives %3×%3, 2×2 stride 2 would give %4×%4 — almost the same size, but each output now looks at 9 inputs instead of 4, and every second row and column is seen by two windows in each direction. The stride sets the output size, the window sets how much each output sees.</source>
        <translation>上图是一行输入：每个输出 y 看到它括号下的输入；橙色的输入被两个 3×3 窗口看到。输出大小：⌊(n − k)/s⌋ + 1。在 AlexNet 的第一组特征图上（第 %1 层，n = %2）：3×3、步幅 2 得到 %3×%3，2×2、步幅 2 则得到 %4×%4——大小几乎相同，但每个输出现在看 9 个输入而不是 4 个，并且每隔一行、一列的输入在每个方向上都被两个窗口看到。步幅决定输出的大小，窗口决定每个输出看到多少。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::PoolingLesson</name>
    <message>
        <location filename="../../ui/lessons/pooling_lesson.cpp" line="38" />
        <source>A pooling layer summarises each window of a feature map with one number, channel by channel, and has no weights. &lt;b&gt;Average pooling&lt;/b&gt; (the book's LeNet: AvgPool2d) keeps the window's mean; &lt;b&gt;max pooling&lt;/b&gt; (AlexNet: MaxPool2d) keeps its largest value, that is: does the pattern this channel detects occur anywhere in the window? Both make the output less sensitive to small shifts of the input.</source>
        <translation>汇聚层逐通道用一个数概括特征图的每个窗口，没有权重。&lt;b&gt;平均汇聚&lt;/b&gt;（书中的 LeNet：AvgPool2d）保留窗口的平均值；&lt;b&gt;最大汇聚&lt;/b&gt;（AlexNet：MaxPool2d）保留窗口中的最大值，也就是回答：这个通道检测的模式是否出现在窗口中的某处？两者都让输出对输入的小幅平移不那么敏感。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/pooling_lesson.cpp" line="46" />
        <source>Max pooling keeps a strong, small response at full strength, where averaging dilutes it with the weak values around it. The book's LeNet pools by averaging, as the 1998 network did; AlexNet and most networks since take the maximum. Try it: the Network screen's modern LeNet replaces AvgPool2d with MaxPool2d (and sigmoid with ReLU) — an exercise of 6.6 (d2l.ai 7.6).</source>
        <translation>最大汇聚让强而小的响应保持全部强度，而平均汇聚会用周围的弱值把它冲淡。书中的 LeNet 和 1998 年的网络一样用平均汇聚；AlexNet 及其后的大多数网络取最大值。试一试：“网络”页面中的现代 LeNet 把 AvgPool2d 换成 MaxPool2d（并把 sigmoid 换成 ReLU）——这是 6.6 节（d2l.ai 7.6）的练习。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/pooling_lesson.cpp" line="59" />
        <source>Cannot compute the example: %1</source>
        <translation>无法计算示例：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/pooling_lesson.cpp" line="70" />
        <source>&lt;p&gt;The trained LeNet (lenet-d2l) on Fashion-MNIST test image 0: channel %1 after the first sigmoid, rows %2–%3 and columns %4–%5 of the 28×28 map. Each colour is one 2×2 window (stride 2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;训练好的 LeNet（lenet-d2l）在 Fashion-MNIST 测试图像 0 上：第一个 sigmoid 之后的通道 %1，28×28 特征图的第 %2–%3 行、第 %4–%5 列。每种颜色是一个 2×2 窗口（步幅 2）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/pooling_lesson.cpp" line="79" />
        <source>feature map (4×4)</source>
        <translation>特征图（4×4）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/pooling_lesson.cpp" line="79" />
        <source>max pooling (2×2)</source>
        <translation>最大汇聚（2×2）</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/pooling_lesson.cpp" line="79" />
        <source>average pooling (2×2)</source>
        <translation>平均汇聚（2×2）</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::PreprocessNotes</name>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="13" />
        <source>%1, gray</source>
        <translation>%1，灰度</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="14" />
        <source>%1, RGB</source>
        <translation>%1，RGB 彩色</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="21" />
        <source>gray image copied to RGB for a 3-channel model</source>
        <translation>灰度图复制为 RGB，供三通道模型使用</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="23" />
        <source>RGB kept for a 3-channel model</source>
        <translation>三通道模型保留 RGB</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="24" />
        <source>already gray</source>
        <translation>已是灰度图</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="26" />
        <source>ITU-R 601 luma, as PIL's convert("L")</source>
        <translation>ITU-R 601 亮度，与 PIL 的 convert("L") 相同</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="27" />
        <source>off: RGB kept, but the model needs 1 channel</source>
        <translation>已关闭：保留 RGB，但模型需要 1 个通道</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="32" />
        <source>already square</source>
        <translation>已是正方形</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="34" />
        <source>off: the resize will stretch the image</source>
        <translation>已关闭：缩放会拉伸图像</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="39" />
        <source>already %1</source>
        <translation>已是 %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="41" />
        <source>%1 → %2, bilinear</source>
        <translation>%1 → %2，双线性插值</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="43" />
        <source>off: %1 kept, but the model needs %2×%2</source>
        <translation>已关闭：保留 %1，但模型需要 %2×%2</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="50" />
        <source>border mean %1 &gt; 0.5</source>
        <translation>边缘均值 %1 &gt; 0.5</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="51" />
        <source>border mean %1 ≤ 0.5</source>
        <translation>边缘均值 %1 ≤ 0.5</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="55" />
        <source>forced on (%1)</source>
        <translation>强制开启（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="57" />
        <source>forced off (%1)</source>
        <translation>强制关闭（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="61" />
        <source>auto: %1, light background</source>
        <translation>自动：%1，浅色背景</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="62" />
        <source>auto: %1, dark background</source>
        <translation>自动：%1，深色背景</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="77" />
        <source>0..255 → 0..1</source>
        <translation>0..255 → 0..1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/preprocess_notes.cpp" line="78" />
        <source>off: values stay 0..255</source>
        <translation>已关闭：数值保持 0..255</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::PresetComments</name>
    <message>
        <location filename="../../ui/network/preset_comments.cpp" line="13" />
        <source>LeNet as d2l writes it (chapter 6.6): sigmoid activations and average pooling, 28×28 input.</source>
        <translation>d2l 书中的 LeNet（6.6 节）：sigmoid 激活函数和平均汇聚层，28×28 输入。</translation>
    </message>
    <message>
        <location filename="../../ui/network/preset_comments.cpp" line="15" />
        <source>AlexNet as the d2l chapter prints it (7.1): 1-channel 224×224 Fashion-MNIST input, 10 classes.</source>
        <translation>d2l 书中的 AlexNet（7.1 节）：单通道 224×224 的 Fashion-MNIST 输入，10 个类别。</translation>
    </message>
    <message>
        <location filename="../../ui/network/preset_comments.cpp" line="17" />
        <source>A larger 11×11 window to capture objects; stride 4 to shrink height and width quickly.</source>
        <translation>这里使用一个 11×11 的更大窗口来捕捉对象；步幅为 4，以快速减小输出的高度和宽度。</translation>
    </message>
    <message>
        <location filename="../../ui/network/preset_comments.cpp" line="19" />
        <source>A smaller window, padding 2 keeps height and width; more output channels.</source>
        <translation>减小卷积窗口，使用填充为 2 来使输入与输出的高和宽一致，且增大输出通道数。</translation>
    </message>
    <message>
        <location filename="../../ui/network/preset_comments.cpp" line="21" />
        <source>Three convolutions in a row with small windows.</source>
        <translation>使用三个连续的卷积层和较小的卷积窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/network/preset_comments.cpp" line="22" />
        <source>Dense layers many times wider than LeNet's, with dropout against overfitting.</source>
        <translation>全连接层的输出数量是 LeNet 中的好几倍，使用暂退法来减轻过拟合。</translation>
    </message>
    <message>
        <location filename="../../ui/network/preset_comments.cpp" line="24" />
        <source>Exercise 7.1.3 / 6.6: LeNet with the tools AlexNet brought — ReLU instead of sigmoid, max pooling
instead of average pooling, dropout in the dense layers. Still 28×28 in, 10 classes out.</source>
        <translation>练习 7.1.3 / 6.6：用 AlexNet 带来的工具改造 LeNet——用 ReLU 代替 sigmoid，用最大汇聚层
代替平均汇聚层，全连接层中加入暂退法。输入仍为 28×28，输出 10 个类别。</translation>
    </message>
    <message>
        <location filename="../../ui/network/preset_comments.cpp" line="28" />
        <source>Exercise 7.1.2: a simpler AlexNet that trains faster on a CPU — d2l's layer sequence with about an
eighth of the channels and 256-wide dense layers (the bundled alexnet-224 weights use these widths:
24, 64, 96, 96, 64, 256, 256).</source>
        <translation>练习 7.1.2：一个在 CPU 上训练更快的简化版 AlexNet——沿用 d2l 的层序列，通道数约为原来的
八分之一，全连接层宽 256（随程序提供的 alexnet-224 权重使用这些宽度：
24, 64, 96, 96, 64, 256, 256）。</translation>
    </message>
    <message>
        <location filename="../../ui/network/preset_comments.cpp" line="33" />
        <source>Exercise 7.1.2 (design a better model that works directly on 28×28 images): AlexNet's ideas —
ReLU, overlapping max pooling, three 3×3 convolutions in a row, dropout — sized for Fashion-MNIST
without upsampling to 224. 28 → 28 → 13 → 13 → 6 (×128 channels) → 256 → 10.</source>
        <translation>练习 7.1.2（设计一个直接处理 28×28 图像的更好模型）：沿用 AlexNet 的思路——
ReLU、重叠的最大汇聚层、三个连续的 3×3 卷积层、暂退法——按 Fashion-MNIST 的尺寸设计，
无需放大到 224。28 → 28 → 13 → 13 → 6（×128 个通道）→ 256 → 10。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ProbabilityBars</name>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="9" />
        <source>T-shirt/top</source>
        <translation>T恤/上衣</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="9" />
        <source>Trouser</source>
        <translation>裤子</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="9" />
        <source>Pullover</source>
        <translation>套衫</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="10" />
        <source>Dress</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="10" />
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="10" />
        <source>Sandal</source>
        <translation>凉鞋</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="11" />
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="11" />
        <source>Sneaker</source>
        <translation>运动鞋</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="11" />
        <source>Bag</source>
        <translation>包</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="12" />
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/probability_bars.cpp" line="36" />
        <source>Class probabilities appear when the last layer has run (Run to end).</source>
        <translation>最后一层运行后（运行到底）将显示各类别的概率。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ReceptiveFieldDialog</name>
    <message>
        <location filename="../../ui/inspect/receptive_field_dialog.cpp" line="17" />
        <source>&lt;p&gt;&lt;b&gt;%1, unit at row %2, column %3&lt;/b&gt; (any channel) sees a %4×%4 window of the input (neighbouring units are %5 input pixels apart).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 第 %2 行、第 %3 列的单元&lt;/b&gt;（任一通道）看到输入中 %4×%4 的窗口（相邻单元相距 %5 个输入像素）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_dialog.cpp" line="30" />
        <source>&lt;p&gt;On the %1×%2 model input: rows %3–%4, columns %5–%6%7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在 %1×%2 的模型输入上：第 %3–%4 行，第 %5–%6 列%7。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_dialog.cpp" line="25" />
        <source> (unclipped %1–%2, %3–%4: the rest is zero padding)</source>
        <translation>（未裁剪时为 %1–%2、%3–%4：其余部分是零填充）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_dialog.cpp" line="40" />
        <source>&lt;p&gt;On your %1×%2 image (before crop and resize): x %3–%4, y %5–%6 (%7×%8 original pixels).&lt;/p&gt;</source>
        <translation>&lt;p&gt;在你的 %1×%2 图像上（裁剪和缩放之前）：x %3–%4，y %5–%6（%7×%8 个原始像素）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_dialog.cpp" line="58" />
        <source>Receptive field of %1</source>
        <translation>%1 的感受野</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_dialog.cpp" line="71" />
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_dialog.cpp" line="71" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_dialog.cpp" line="71" />
        <source>Field</source>
        <translation>感受野</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_dialog.cpp" line="71" />
        <source>Jump</source>
        <translation>跳距</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_dialog.cpp" line="97" />
        <source>Field size after each layer:</source>
        <translation>每一层之后的感受野大小：</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ReceptiveFieldView</name>
    <message>
        <location filename="../../ui/inspect/receptive_field_view.cpp" line="74" />
        <source>No unit selected.</source>
        <translation>未选择单元。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_view.cpp" line="86" />
        <source>Your image (%1×%2)</source>
        <translation>你的图像（%1×%2）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/receptive_field_view.cpp" line="103" />
        <source>Model input (%1×%2)</source>
        <translation>模型输入（%1×%2）</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ReluLesson</name>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="14" />
        <source>LeNet passes every convolution and dense output through the sigmoid σ(z) = 1/(1 + e&lt;sup&gt;−z&lt;/sup&gt;); AlexNet uses ReLU(z) = max(0, z). The book gives two reasons. ReLU is cheaper: no exponential. And it makes training easier: the sigmoid's gradient σ′(z) = σ(z)(1 − σ(z)) is at most 0.25 and almost 0 when z is far from 0 (the output is close to 0 or 1), while ReLU's gradient is exactly 1 for every positive input.</source>
        <translation>LeNet 把每个卷积层和全连接层的输出送入 sigmoid 激活函数 σ(z) = 1/(1 + e&lt;sup&gt;−z&lt;/sup&gt;)；AlexNet 改用 ReLU(z) = max(0, z)。书中给出两个理由。ReLU 计算更简单：不需要求幂运算。它还让训练更容易：sigmoid 的梯度 σ′(z) = σ(z)(1 − σ(z)) 至多为 0.25，当 z 远离 0（输出接近 0 或 1）时几乎为 0；而 ReLU 对每个正输入的梯度恰好为 1。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="21" />
        <source>&lt;b&gt;Measured.&lt;/b&gt; The bundled trained networks on the first %1 Fashion-MNIST test images: for every value z that enters an activation layer (every layer, every position, every image), its gradient f′(z) counts as &lt;i&gt;near zero&lt;/i&gt; when |f′(z)| &amp;lt; 10&lt;sup&gt;−3&lt;/sup&gt; (sigmoid: |z| &amp;gt; 6.9; ReLU: z ≤ 0) and as &lt;i&gt;full strength&lt;/i&gt; when f′(z) ≥ 0.5, which only ReLU reaches.</source>
        <translation>&lt;b&gt;实测。&lt;/b&gt;随程序附带的训练好的网络，在前 %1 张 Fashion-MNIST 测试图像上：对进入激活层的每个值 z（每一层、每个位置、每张图像），当 |f′(z)| &amp;lt; 10&lt;sup&gt;−3&lt;/sup&gt; 时其梯度 f′(z) 记为&lt;i&gt;接近零&lt;/i&gt;（sigmoid：|z| &amp;gt; 6.9；ReLU：z ≤ 0），当 f′(z) ≥ 0.5 时记为&lt;i&gt;全强度&lt;/i&gt;，只有 ReLU 能达到。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="49" />
        <source>Cannot measure: %1</source>
        <translation>无法测量：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="55" />
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="55" />
        <source>activation layers</source>
        <translation>激活层数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="55" />
        <source>values z</source>
        <translation>z 的个数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="56" />
        <source>near zero, |f′(z)| &lt; 10⁻³</source>
        <translation>接近零，|f′(z)| &lt; 10⁻³</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="56" />
        <source>full strength, f′(z) ≥ 0.5</source>
        <translation>全强度，f′(z) ≥ 0.5</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="56" />
        <source>mean f′(z)</source>
        <translation>f′(z) 的平均值</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="57" />
        <source>LeNet (lenet-d2l), sigmoid</source>
        <translation>LeNet（lenet-d2l），sigmoid</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="58" />
        <source>AlexNet (alexnet-224), ReLU</source>
        <translation>AlexNet（alexnet-224），ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/relu_lesson.cpp" line="61" />
        <source>Read the rows together. ReLU's zeros are not saturation: a unit with z ≤ 0 is off for this image and passes the whole gradient for the images that switch it on. A sigmoid unit never passes more than a quarter of the gradient, so through LeNet's %1 sigmoid layers the backward signal shrinks at least %2-fold, and far more where units saturate. The deeper the network, the worse this gets: that is why AlexNet, with eight learned layers, needed ReLU.</source>
        <translation>两行要一起看。ReLU 的零不是饱和：z ≤ 0 的单元只是对这张图像关闭，对让它激活的图像则传回全部梯度。sigmoid 单元传回的梯度从不超过四分之一，所以经过 LeNet 的 %1 个 sigmoid 层，反向传播的信号至少缩小 %2 倍，在单元饱和处还要小得多。网络越深，情况越糟：这就是有八个可学习层的 AlexNet 需要 ReLU 的原因。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::RunView</name>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="61" />
        <source>mean of inputs</source>
        <translation>输入通道均值</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="62" />
        <source>input channel </source>
        <translation>输入通道 </translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="63" />
        <source>Which input channel of each kernel to show (or the mean over all of them)</source>
        <translation>显示每个卷积核的哪个输入通道（或所有输入通道的均值）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="73" />
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="112" />
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inspect/run_view.cpp" line="126" />
        <source>Feature maps: %n channel(s) drawn in %1 ms</source>
        <translation>
            <numerusform>特征图：%n 个通道，绘制用时 %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="156" />
        <source>AlexNet (widths %1)</source>
        <translation>AlexNet（通道宽度 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="158" />
        <source>%1 — weights: %2</source>
        <translation>%1 — 权重：%2</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="260" />
        <source>The book's reason for this layer: %1</source>
        <translation>书中对这一层的解释：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="138" />
        <source>Running layer %1 of %2…</source>
        <translation>正在运行第 %1 层（共 %2 层）…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="166" />
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="200" />
        <source>Step 0 of %1 · the input image %2</source>
        <translation>第 0 步（共 %1 步）· 输入图像 %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="205" />
        <source>Step %1 of %2 · layer %3: %4 → %5 · %6 ms</source>
        <translation>第 %1 步（共 %2 步）· 第 %3 层：%4 → %5 · %6 毫秒</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="246" />
        <source>Kernels: %1 × %2×%3 (weights, %4)</source>
        <translation>卷积核：%1 × %2×%3（权重，%4）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="250" />
        <source>input channel %1</source>
        <translation>输入通道 %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="250" />
        <source>mean over %1 inputs</source>
        <translation>%1 个输入通道的均值</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="77" />
        <source>Saliency map…</source>
        <translation>显著图…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/run_view.cpp" line="79" />
        <source>Which input pixels the class score is most sensitive to (gradient of the score)</source>
        <translation>类别分数对哪些输入像素最敏感（分数的梯度）</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::SaliencyDialog</name>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="66" />
        <source>Saliency: which pixels move the class score</source>
        <translation>显著图：哪些像素影响类别分数</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="70" />
        <source>Predicted class</source>
        <translation>预测的类别</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="143" />
        <source>Predicted class (%1)</source>
        <translation>预测的类别（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="91" />
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="74" />
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="75" />
        <source>Guided backprop</source>
        <translation>导向反向传播</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="77" />
        <source>Gradient: ∂ score / ∂ input through the network's own backward pass.
Guided backprop (Springenberg et al. 2015): at every ReLU, only positive gradients pass back, and only where the ReLU's input was positive; sharper, edge-like maps. A network without ReLUs (the sigmoid LeNet) gives the same map in both modes.</source>
        <translation>梯度：通过网络自身的反向传播求得的 ∂ 得分 / ∂ 输入。
导向反向传播（Springenberg 等，2015）：在每个 ReLU 处，只有正的梯度、且只在该 ReLU 的输入为正的位置向回传递；得到更清晰、类似边缘的图。没有 ReLU 的网络（使用 sigmoid 的 LeNet）在两种模式下得到相同的图。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="94" />
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="98" />
        <source>Model input</source>
        <translation>模型输入</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="99" />
        <source>|∂ class score / ∂ input| (max over channels)</source>
        <translation>|∂ 类别分数 / ∂ 输入|（各通道取最大值）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="100" />
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="127" />
        <source>Computing the gradient (forward and backward through the whole network)…</source>
        <translation>正在计算梯度（整个网络的前向传播和反向传播）…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="147" />
        <source>Guided backpropagation: only positive evidence is passed back through each ReLU, so the map shows what speaks &lt;i&gt;for&lt;/i&gt; the class. </source>
        <translation>导向反向传播：每个 ReLU 只向回传递正的证据，因此这张图显示的是&lt;i&gt;支持&lt;/i&gt;该类别的部分。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="151" />
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;%2: probability %3, score (logit) %4. Bright pixels are where a small change of the input changes this score most; largest |gradient| %5. Computed in %6 ms on the worker thread.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;%2：概率 %3，分数（logit）%4。亮的像素是输入的微小变化最能改变这个分数的地方；最大 |梯度| 为 %5。在工作线程上用时 %6 毫秒。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/saliency_dialog.cpp" line="154" />
        <source> (the predicted class)</source>
        <translation>（预测的类别）</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ShapeTableModel</name>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="48" />
        <source>whole input</source>
        <translation>整个输入</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="49" />
        <source>%1×%1, jump %2</source>
        <translation>%1×%1，间距 %2</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="70" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="72" />
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="124" />
        <source>%1 — as in the book: %2</source>
        <translation>%1 — 书中写作：%2</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="127" />
        <source>Every unit of this layer depends on every input pixel.</source>
        <translation>该层的每个单元都依赖于输入的每个像素。</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="128" />
        <source>Each unit sees a %1×%1 patch of the input; neighbouring units are %2 pixels apart; unit (0, 0)'s patch starts at (%3, %3) (negative = zero padding).</source>
        <translation>每个单元看到输入中 %1×%1 的区域；相邻单元相隔 %2 个像素；单元 (0, 0) 的区域从 (%3, %3) 开始（负数表示零填充）。</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="163" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="165" />
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="167" />
        <source>Hyper-parameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="169" />
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="171" />
        <source>Receptive field</source>
        <translation>感受野</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="173" />
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="175" />
        <source>FLOPs</source>
        <translation>浮点运算数</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shape_table_model.cpp" line="177" />
        <source>Activation memory</source>
        <translation>激活内存</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ShapeTablePane</name>
    <message>
        <location filename="../../ui/shapes/shape_table_pane.cpp" line="50" />
        <source>%1: %2 layers · %3 parameters · %4 FLOPs per image · %5 activations per image</source>
        <translation>%1：%2 层 · %3 个参数 · 每张图像 %4 次浮点运算 · 每张图像激活 %5</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::ShapesPanel</name>
    <message>
        <location filename="../../ui/shapes/shapes_panel.cpp" line="28" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shapes_panel.cpp" line="39" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shapes_panel.cpp" line="42" />
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <location filename="../../ui/shapes/shapes_panel.cpp" line="63" />
        <source>FLOPs count multiply-adds × 2 for one image; activation memory is the float32 output of each layer at batch size 1. The chart is the training estimate of the memory check: weights, gradients and momentum, plus each layer's output, its gradient and scratch per example.</source>
        <translation>浮点运算数按单张图像的乘加次数 × 2 计算；激活内存为批量大小为 1 时每层 float32 输出所占的内存。图表为内存检查所用的训练估计：权重、梯度和动量，加上每个样本的各层输出、其梯度及临时缓冲区。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::StageBar</name>
    <message>
        <location filename="../../ui/inspect/stage_bar.cpp" line="22" />
        <source>after activation</source>
        <translation>激活之后</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_bar.cpp" line="29" />
        <source>Stages aligned as in the architecture diagram; each column shows its layer of the stage</source>
        <translation>按架构图对齐的阶段；每一列显示该阶段中自己的层</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_bar.cpp" line="32" />
        <source>Previous aligned stage</source>
        <translation>上一个对齐阶段</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_bar.cpp" line="33" />
        <source>Next aligned stage</source>
        <translation>下一个对齐阶段</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_bar.cpp" line="34" />
        <source>Show each stage's ReLU / Sigmoid output instead of the conv, pool or dense output</source>
        <translation>显示每个阶段的 ReLU / Sigmoid 输出，而不是卷积、汇聚或全连接输出</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_bar.cpp" line="38" />
        <source>Aligned stage:</source>
        <translation>对齐阶段：</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_bar.cpp" line="81" />
        <source>(no stage: stays at layer %1)</source>
        <translation>（无此阶段：停留在第 %1 层）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_bar.cpp" line="83" />
        <source>%1. %2 — %3 | %4</source>
        <translation>%1. %2 — %3 | %4</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/stage_bar.cpp" line="95" />
        <source>one column has no such stage</source>
        <translation>有一列没有这个阶段</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::StepControls</name>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="19" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="20" />
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="21" />
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="22" />
        <source>Run to end</source>
        <translation>运行到底</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="23" />
        <source>Auto-play</source>
        <translation>自动播放</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="26" />
        <source>Sort by mean</source>
        <translation>按均值排序</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="27" />
        <source>Back to the input (Home)</source>
        <translation>回到输入（Home）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="28" />
        <source>Show the previous layer (←)</source>
        <translation>显示上一层（←）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="29" />
        <source>Compute the next layer (→)</source>
        <translation>计算下一层（→）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="30" />
        <source>Compute all remaining layers (End)</source>
        <translation>计算剩余的所有层（End）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="37" />
        <source>Step automatically (Space)</source>
        <translation>自动单步（空格）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="42" />
        <source>Auto-play speed (time per step)</source>
        <translation>自动播放速度（每步的时间）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="43" />
        <source>Shared scale</source>
        <translation>共享刻度</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="44" />
        <source>Per-map scale</source>
        <translation>每张图单独刻度</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="45" />
        <source>Order the channels by mean activation, highest first</source>
        <translation>按平均激活值对通道排序，最高的在前</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/step_controls.cpp" line="56" />
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::TopImagesDialog</name>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="23" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="24" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="30" />
        <source>Top activating test images — %1</source>
        <translation>最强激活的测试图像 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="33" />
        <source>channel </source>
        <translation>通道 </translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="36" />
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="40" />
        <source> test images</source>
        <translation> 张测试图像</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="41" />
        <source>How many Fashion-MNIST test images to examine (from the first)</source>
        <translation>检查多少张 Fashion-MNIST 测试图像（从第一张开始）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="50" />
        <source>of</source>
        <translation>/</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="68" />
        <source>Examined %1 of %2 test images…</source>
        <translation>已检查 %1 / %2 张测试图像…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="86" />
        <source>Loading the model and the test set…</source>
        <translation>正在加载模型和测试集…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="101" />
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="104" />
        <source>Cancelled after %1 of %2 test images (%3 s); best of those:</source>
        <translation>在 %1 / %2 张测试图像后取消（%3 秒）；其中最强的：</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="105" />
        <source>Examined %1 of %2 test images in %3 s.</source>
        <translation>在 %3 秒内检查了 %1 / %2 张测试图像。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="109" />
        <source>Ranked by the channel's maximum activation.</source>
        <translation>按该通道的最大激活值排序。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/top_images_dialog.cpp" line="124" />
        <source>#%1 · %2&lt;br&gt;test image %3 · max %4</source>
        <translation>#%1 · %2&lt;br&gt;测试图像 %3 · 最大值 %4</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::TrainingChartWidget</name>
    <message>
        <location filename="../../ui/charts/training_chart_widget.cpp" line="273" />
        <source>d2l %1 %2 %3</source>
        <translation>d2l %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/charts/training_chart_widget.cpp" line="90" />
        <source>epoch</source>
        <translation>迭代周期</translation>
    </message>
    <message>
        <location filename="../../ui/charts/training_chart_widget.cpp" line="43" />
        <source>test acc</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../ui/charts/training_chart_widget.cpp" line="196" />
        <source>d2l %1</source>
        <translation>d2l %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/training_chart_widget.cpp" line="198" />
        <source>d2l's published %1 result: train loss %2, train acc %3, test acc %4 (grey lines)</source>
        <translation>d2l 发表的 %1 结果：训练损失 %2，训练准确率 %3，测试准确率 %4（灰色线）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/training_chart_widget.cpp" line="41" />
        <source>train acc</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location filename="../../ui/charts/training_chart_widget.cpp" line="39" />
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::TrainingForm</name>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="45" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="49" />
        <source>LeNet (28×28)</source>
        <translation>LeNet（28×28）</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="50" />
        <source>AlexNet, slim (96×96, CPU-practical)</source>
        <translation>AlexNet，窄版（96×96，CPU 可用）</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="51" />
        <source>AlexNet, d2l (224×224, very slow on a CPU)</source>
        <translation>AlexNet，d2l（224×224，在 CPU 上很慢）</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="55" />
        <source>AlexNet's conv channels c1..c5 and dense widths f1, f2</source>
        <translation>AlexNet 的卷积通道数 c1..c5 与全连接层宽度 f1、f2</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="67" />
        <source>all 60000</source>
        <translation>全部 60000</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="75" />
        <source>The Fashion-MNIST test image whose feature maps and class probabilities are shown while training</source>
        <translation>训练时显示其特征图和类别概率的 Fashion-MNIST 测试图像</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="88" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="89" />
        <source>Input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="90" />
        <source>Widths</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="91" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="92" />
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="93" />
        <source>Epochs</source>
        <translation>迭代周期数</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="94" />
        <source>Training images</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="95" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="96" />
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="97" />
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="98" />
        <source>Live sample</source>
        <translation>实时样本</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="99" />
        <source>d2l defaults</source>
        <translation>d2l 默认值</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="123" />
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="161" />
        <source>The widths are not valid.</source>
        <translation>通道宽度无效。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="238" />
        <source>Expected time: measuring this machine's speed…</source>
        <translation>预计时间：正在测量本机速度…</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_form.cpp" line="244" />
        <source>Expected time: about %1 (%2 examples/s, measured here)</source>
        <translation>预计时间：约 %1（每秒 %2 个样本，本机实测）</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::TrainingPanel</name>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="334" />
        <source> Log: %1</source>
        <translation> 日志：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="306" />
        <source>%1 examples/s · elapsed %2 · ETA %3</source>
        <translation>%1 样本/秒 · 已用 %2 · 剩余 %3</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="226" />
        <source>%1 run %2</source>
        <translation>%1 第 %2 次运行</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="311" />
        <source>Epoch %1: loss %2, train acc %3, test acc %4</source>
        <translation>第 %1 个迭代周期：损失 %2，训练准确率 %3，测试准确率 %4</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="79" />
        <source>Load this run's checkpoint on the Inspect screen</source>
        <translation>在“逐层观察”界面中加载本次运行的检查点</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="370" />
        <source>Loaded %1 (%2 rows, %3 according to %4).</source>
        <translation>已加载 %1（%2 行；据 %4 判断模型为 %3）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="374" />
        <source>Loaded %1 (%2 rows; its model is not known, so no reference of its own).</source>
        <translation>已加载 %1（%2 行；模型未知，因此没有对应的参考线）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="78" />
        <source>Open in Inspect</source>
        <translation>在逐层观察中打开</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="382" />
        <source>Open run log</source>
        <translation>打开运行日志</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="382" />
        <source>Run logs (*.csv)</source>
        <translation>运行日志 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="77" />
        <source>Open run log…</source>
        <translation>打开运行日志…</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="65" />
        <location filename="../../ui/training/training_panel.cpp" line="344" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="69" />
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="71" />
        <source>Continue a stopped or interrupted run from its last checkpoint</source>
        <translation>从上一个检查点继续已停止或中断的训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="170" />
        <source>trained weights before any run: %1</source>
        <translation>开始训练前的已训练权重：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="188" />
        <source>A run is going: stop it before training another network.</source>
        <translation>正在训练：请先停止，再训练另一个网络。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="194" />
        <source>Ready to train %1 (written as code): Start begins a run.</source>
        <translation>已准备训练 %1（以代码编写）：点击“开始”启动训练。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="219" />
        <source>This run does not fit in memory.</source>
        <translation>内存放不下这次训练。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="234" />
        <source>This run cannot be continued.</source>
        <translation>无法继续这次训练。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="253" />
        <source>Continue a run</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="253" />
        <source>Checkpoints (*.safetensors)</source>
        <translation>检查点 (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="278" />
        <source>Paused after the current minibatch.</source>
        <translation>已在当前小批量之后暂停。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="320" />
        <source> — still at chance after an epoch: plain SGD stalls here, especially on few images. Try momentum 0.9 (and more images).</source>
        <translation> —— 训练一个迭代周期后仍是随机猜测水平：朴素 SGD 在这里会停滞，样本少时尤其如此。试试动量 0.9（并使用更多图像）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="344" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="353" />
        <source>The run log cannot be read.</source>
        <translation>无法读取训练日志。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="390" />
        <source>Stop training and close? It is saved where it stops; Continue… picks it up.</source>
        <translation>停止训练并关闭？训练会在停止处保存，之后可用“继续…”接着训练。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="63" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="67" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="292" />
        <source>Stopping after the current minibatch…</source>
        <translation>将在当前小批量之后停止…</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="389" />
        <source>Training is running</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="285" />
        <source>Training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="98" />
        <source>conv1 kernels (live)</source>
        <translation>conv1 卷积核（实时）</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="301" />
        <source>epoch %1/%2 · batch %3/%4</source>
        <translation>迭代周期 %1/%2 · 批量 %3/%4</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="267" />
        <source>epoch 1/%1</source>
        <translation>迭代周期 1/%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="88" />
        <source>epoch –</source>
        <translation>迭代周期 –</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_panel.cpp" line="89" />
        <source>– examples/s · elapsed – · ETA –</source>
        <translation>– 样本/秒 · 已用 – · 剩余 –</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::TrainingWorker</name>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="291" />
        <source> Try a smaller learning rate.</source>
        <translation> 请尝试更小的学习率。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="205" />
        <source>Cannot create the run folder %1.</source>
        <translation>无法创建运行文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="188" />
        <source>Cannot load Fashion-MNIST: %1. Install the Debian package with `sudo apt-get install dataset-fashion-mnist`, or choose its folder in File ▸ Fashion-MNIST folder….</source>
        <translation>无法加载 Fashion-MNIST：%1。请用 `sudo apt-get install dataset-fashion-mnist` 安装 Debian 软件包，或在“文件 ▸ Fashion-MNIST 文件夹…”中选择其所在文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="228" />
        <source>Cannot continue this run: %1</source>
        <translation>无法继续这次训练：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="274" />
        <source>Finished %1 epochs: train loss %2, train acc %3, test acc %4.</source>
        <translation>已完成 %1 个迭代周期：训练损失 %2，训练准确率 %3，测试准确率 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="283" />
        <source>Stopped after %1 complete epochs; saved where it stopped: Continue picks it up from there.</source>
        <translation>在完成 %1 个迭代周期后停止；已在停止处保存：“继续”会从那里接着训练。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="289" />
        <source>Kept the last good checkpoint (epoch %1).</source>
        <translation>已保留最后一个正常的检查点（迭代周期 %1）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="181" />
        <source>Loading Fashion-MNIST from %1…</source>
        <translation>正在从 %1 加载 Fashion-MNIST…</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="290" />
        <source>No checkpoint had been written yet.</source>
        <translation>尚未写入任何检查点。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="285" />
        <source>Stopped after %1 complete epochs.</source>
        <translation>已在 %1 个完整迭代周期后停止。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="197" />
        <source>Stopped before training started.</source>
        <translation>在训练开始前已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="288" />
        <source>Training diverged: %1. </source>
        <translation>训练发散：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="300" />
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_worker.cpp" line="236" />
        <source>Training on %1 images, testing on %2.</source>
        <translation>在 %1 张图像上训练，在 %2 张图像上测试。</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::UnitExplainDialog</name>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="100" />
        <source>ch %1 (%2, %3)</source>
        <translation>通道 %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="101" />
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="140" />
        <source>pad</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="173" />
        <source>How layer %1 (%2) computes one value</source>
        <translation>第 %1 层（%2）如何计算一个值</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="176" />
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="193" />
        <source>The layer computed &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>该层计算得到 &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="193" />
        <source> — the same value.</source>
        <translation> —— 数值相同。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="199" />
        <source>Top activating test images…</source>
        <translation>最强激活的测试图像…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="206" />
        <source>Receptive field on the image…</source>
        <translation>图像上的感受野…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="201" />
        <source>Search the Fashion-MNIST test set for the images that make this channel fire the most</source>
        <translation>在 Fashion-MNIST 测试集中搜索使该通道激活最强的图像</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="203" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="232" />
        <source>Output channel %1, row %2, column %3 reads the %4×%4 window of input channel %1 at rows %5–%6, columns %7–%8 (stride %9, padding %10).</source>
        <translation>输出通道 %1 第 %2 行第 %3 列读取输入通道 %1 中第 %5–%6 行、第 %7–%8 列的 %4×%4 窗口（步幅 %9，填充 %10）。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="247" />
        <source>&lt;p&gt;value = max(window) = &lt;b&gt;%1&lt;/b&gt;, at input row %2, column %3 (outlined).&lt;/p&gt;</source>
        <translation>&lt;p&gt;值 = max(窗口) = &lt;b&gt;%1&lt;/b&gt;，位于输入第 %2 行第 %3 列（已描边）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="252" />
        <source>&lt;p&gt;Tie: %1 cells hold this maximum (dashed). The first one in row-major order wins — the rule of PyTorch's MaxPool2d and ours: only that cell receives the gradient in backward.&lt;/p&gt;</source>
        <translation>&lt;p&gt;并列：%1 个单元格都等于这个最大值（虚线）。按行优先顺序第一个获胜——这是 PyTorch 的 MaxPool2d 和本程序的规则：反向传播时只有该单元格得到梯度。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="256" />
        <source>&lt;p&gt;No tie: the maximum is unique, and in backward only this cell receives the gradient.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有并列：最大值唯一，反向传播时只有该单元格得到梯度。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="258" />
        <source>&lt;p&gt;Hatched cells are padding; for max pooling they count as −∞ and never win.&lt;/p&gt;</source>
        <translation>&lt;p&gt;斜线单元格是填充；对最大汇聚它们视为 −∞，永远不会获胜。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="263" />
        <source>&lt;p&gt;sum = %1&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;value = sum ÷ %3 (%4×%4 cells; padded ones would count too) = &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;和 = %1&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;值 = 和 ÷ %3（%4×%4 个单元格；填充单元格也计入）= &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="284" />
        <source>Unit %1.</source>
        <translation>单元 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="285" />
        <source>Unit: channel %1, row %2, column %3.</source>
        <translation>单元：通道 %1，第 %2 行，第 %3 列。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="287" />
        <source>&lt;p&gt;ReLU(x) = max(0, x)&lt;/p&gt;</source>
        <translation>&lt;p&gt;ReLU(x) = max(0, x)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="287" />
        <source>&lt;p&gt;Sigmoid(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sigmoid(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;)&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="288" />
        <source>&lt;p&gt;before: x = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;after: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;之前：x = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;之后：&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="291" />
        <source>&lt;p&gt;x is positive, so it passes unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;x 为正，因此原样通过。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="292" />
        <source>&lt;p&gt;x is not positive, so the unit is switched off (0); no gradient flows back through it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;x 不为正，因此该单元被关闭（0）；没有梯度从它反向传回。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="294" />
        <source>&lt;p&gt;e&lt;sup&gt;−x&lt;/sup&gt; = %1, so 1 / (1 + %1) = %2. Its slope here is σ(1 − σ) = %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;e&lt;sup&gt;−x&lt;/sup&gt; = %1，所以 1 / (1 + %1) = %2。此处斜率为 σ(1 − σ) = %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="306" />
        <source>&lt;p&gt;&lt;b&gt;Unit %1&lt;/b&gt; of %2 inputs: value = bias + Σ w·x = %3 + %4 = &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;单元 %1&lt;/b&gt;（%2 个输入）：值 = 偏置 + Σ w·x = %3 + %4 = &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="310" />
        <source>&lt;p&gt;The %1 largest products |w·x| sum to %2 and carry %3% of Σ|w·x| = %4. Positive products add up to %5, negative ones to %6; %7 of the %8 inputs are 0 and contribute nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;|w·x| 最大的 %1 个乘积之和为 %2，占 Σ|w·x| = %4 的 %3%。正乘积合计 %5，负乘积合计 %6；%8 个输入中有 %7 个为 0，没有贡献。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="320" />
        <source>&lt;p&gt;The inputs are the flattened %1×%2×%3 feature maps of the layer before Flatten: input i is channel i ÷ %4, row (i ÷ %3) mod %2, column i mod %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;输入是展平层之前那一层的 %1×%2×%3 特征图展平而来：输入 i 来自通道 i ÷ %4、第 (i ÷ %3) mod %2 行、第 i mod %3 列。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="335" />
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="335" />
        <source>from (channel, row, column)</source>
        <translation>来自（通道，行，列）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="335" />
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="335" />
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="335" />
        <source>w·x</source>
        <translation>w·x</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/unit_explain_dialog.cpp" line="335" />
        <source>share of Σ|w·x|</source>
        <translation>占 Σ|w·x| 的比例</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::WeightsChooser</name>
    <message>
        <location filename="../../ui/inspect/weights_chooser.cpp" line="25" />
        <source>Trained (bundled): %1</source>
        <translation>已训练（随程序提供）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_chooser.cpp" line="28" />
        <source>d MMM HH:mm</source>
        <comment>date format</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_chooser.cpp" line="30" />
        <source>Your run, %1: %2</source>
        <translation>你的训练 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_chooser.cpp" line="31" />
        <source>File %1: %2</source>
        <translation>文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_chooser.cpp" line="41" />
        <source>Which weights this network uses: trained ones from the library, or untrained</source>
        <translation>该网络使用哪组权重：权重库中已训练的，或未训练的</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_chooser.cpp" line="107" />
        <location filename="../../ui/inspect/weights_chooser.cpp" line="147" />
        <source>Untrained (Xavier, seed %1)</source>
        <translation>未训练（Xavier，种子 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_chooser.cpp" line="110" />
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::WeightsStatus</name>
    <message>
        <location filename="../../ui/inspect/weights_status.cpp" line="16" />
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_status.cpp" line="37" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_status.cpp" line="43" />
        <source>Weights: %1. Random weights: the maps are noise and every class is near 10 %. Choose trained weights above.</source>
        <translation>权重：%1。随机权重：特征图是噪声，每个类别的概率都接近 10%。请在上方选择已训练的权重。</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_status.cpp" line="46" />
        <source>Weights: %1</source>
        <translation>权重：%1</translation>
    </message>
</context>
<context>
    <name>alexnet::ui::WeightsText</name>
    <message>
        <location filename="../../ui/inspect/weights_text.cpp" line="10" />
        <source>d2l recipe</source>
        <translation>d2l 训练方法</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_text.cpp" line="11" />
        <source>d2l layers, narrower</source>
        <translation>d2l 层结构，通道更窄</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_text.cpp" line="23" />
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_text.cpp" line="26" />
        <source>, %1 epochs</source>
        <translation>，%1 个迭代周期</translation>
    </message>
    <message>
        <location filename="../../ui/inspect/weights_text.cpp" line="30" />
        <source>, test acc %1</source>
        <translation>，测试准确率 %1</translation>
    </message>
</context>
</TS>