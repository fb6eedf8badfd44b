/**
 * The 26 universities of the 2024 summer practice cohort, as the programme's own records list them. `slug` names the demo
 * coordinator: coordinator.<slug>@example.com.
 */
export const DEMO_UNIVERSITIES = [
  ['pku', '北京大学', 'Peking University', '北大', '北京', '北京', ['985', '211', '双一流']],
  ['tsinghua', '清华大学', 'Tsinghua University', '清华', '北京', '北京', ['985', '211', '双一流']],
  ['bnu', '北京师范大学', 'Beijing Normal University', '北师大', '北京', '北京', ['985', '211', '双一流']],
  ['tyut', '太原理工大学', 'Taiyuan University of Technology', '太原理工', '太原', '山西', ['211', '双一流']],
  ['muc', '中央民族大学', 'Minzu University of China', '民大', '北京', '北京', ['985', '211', '双一流']],
  ['cnu', '首都师范大学', 'Capital Normal University', '首师大', '北京', '北京', ['双一流']],
  ['bupt', '北京邮电大学', 'Beijing University of Posts and Telecommunications', '北邮', '北京', '北京', ['211', '双一流']],
  ['ucas', '中国科学院大学', 'University of Chinese Academy of Sciences', '国科大', '北京', '北京', ['双一流']],
  ['taru', '塔里木大学', 'Tarim University', '塔大', '阿拉尔', '新疆', ['本地']],
  ['xju', '新疆大学', 'Xinjiang University', '新大', '乌鲁木齐', '新疆', ['211', '双一流']],
  ['shzu', '石河子大学', 'Shihezi University', '石大', '石河子', '新疆', ['211', '双一流']],
  ['zju', '浙江大学', 'Zhejiang University', '浙大', '杭州', '浙江', ['985', '211', '双一流']],
  ['fudan', '复旦大学', 'Fudan University', '复旦', '上海', '上海', ['985', '211', '双一流']],
  ['sjtu', '上海交通大学', 'Shanghai Jiao Tong University', '上海交大', '上海', '上海', ['985', '211', '双一流']],
  ['whu', '武汉大学', 'Wuhan University', '武大', '武汉', '湖北', ['985', '211', '双一流']],
  ['nju', '南京大学', 'Nanjing University', '南大', '南京', '江苏', ['985', '211', '双一流']],
  ['sysu', '中山大学', 'Sun Yat-sen University', '中大', '广州', '广东', ['985', '211', '双一流']],
  ['scu', '四川大学', 'Sichuan University', '川大', '成都', '四川', ['985', '211', '双一流']],
  ['xjtu', '西安交通大学', "Xi'an Jiaotong University", '西安交大', '西安', '陕西', ['985', '211', '双一流']],
  ['lzu', '兰州大学', 'Lanzhou University', '兰大', '兰州', '甘肃', ['985', '211', '双一流']],
  ['cau', '中国农业大学', 'China Agricultural University', '中国农大', '北京', '北京', ['985', '211', '双一流']],
  ['nwafu', '西北农林科技大学', 'Northwest A&F University', '西农', '杨凌', '陕西', ['985', '211', '双一流']],
  ['hzau', '华中农业大学', 'Huazhong Agricultural University', '华中农大', '武汉', '湖北', ['211', '双一流']],
  ['cumt', '中国矿业大学', 'China University of Mining and Technology', '矿大', '徐州', '江苏', ['211', '双一流']],
  ['hit', '哈尔滨工业大学', 'Harbin Institute of Technology', '哈工大', '哈尔滨', '黑龙江', ['985', '211', '双一流']],
  ['nus', '新加坡国立大学', 'National University of Singapore', 'NUS', '新加坡', '新加坡', ['境外']],
] as const;
